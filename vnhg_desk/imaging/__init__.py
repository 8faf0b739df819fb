"""Photos: checking, normalising and resizing images (Pillow), and where exporters get them."""
