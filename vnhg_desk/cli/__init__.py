"""The command line: `vnhg-desk demo|list|search|import|export`."""
