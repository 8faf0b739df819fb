"""The XMP metadata packet of every PDF: the same facts as the Info dictionary, plus
the PDF/A-2b and PDF/UA-1 identification (ISO 19005-2, 6.6; ISO 14289-1, 5 and 7.1).

PDF/A-2 allows only the schemas of XMP 2004 unless the file describes the others in a
PDF/A extension schema (ISO 19005-2, 6.6.2.3.2): pdfuaid is not among them, so its
description is part of the packet.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class XmpFacts:
    """What the packet says; dates as ISO 8601 (``2026-12-03T18:16:47+00:00``)."""

    title: str
    author: str
    subject: str
    keywords: str
    language: str
    creator_tool: str
    producer: str
    created: str
    modified: str


def _text(value: str) -> str:
    return escape(value, {'"': "&quot;"})


_PDFUA_EXTENSION = """
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>part</pdfaProperty:name>
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
         <pdfaProperty:category>internal</pdfaProperty:category>
         <pdfaProperty:description>Part of ISO 14289 followed</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>"""


def xmp_packet(facts: XmpFacts) -> bytes:
    """The whole packet (with its ``<?xpacket?>`` wrapper) as UTF-8 bytes."""
    lang = _text(facts.language or "x-default")
    keywords = (
        f"\n   <pdf:Keywords>{_text(facts.keywords)}</pdf:Keywords>" if facts.keywords else ""
    )
    subject = (
        '\n   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
        f"{_text(facts.subject)}</rdf:li></rdf:Alt></dc:description>"
        if facts.subject
        else ""
    )
    creator = (
        f"\n   <dc:creator><rdf:Seq><rdf:li>{_text(facts.author)}</rdf:li></rdf:Seq></dc:creator>"
        if facts.author
        else ""
    )
    title = _text(facts.title)
    body = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>\
{creator}{subject}
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>{_text(facts.creator_tool)}</xmp:CreatorTool>
   <xmp:CreateDate>{facts.created}</xmp:CreateDate>
   <xmp:ModifyDate>{facts.modified}</xmp:ModifyDate>
   <xmp:MetadataDate>{facts.modified}</xmp:MetadataDate>
   <pdf:Producer>{_text(facts.producer)}</pdf:Producer>{keywords}
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <pdfuaid:part>1</pdfuaid:part>{_PDFUA_EXTENSION}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return body.encode("utf-8")
