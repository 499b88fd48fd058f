using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>
/// Stored BPMN is UTF-8 text: an uploaded file is decoded by its own declaration (ISO-8859-1 files exist) and
/// re-declared as UTF-8, so what is stored, parsed and served agree byte for byte.
/// </summary>
internal static class BpmnText
{
    public static string Normalize(byte[] bpmn)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 0 };
        using var reader = XmlReader.Create(new MemoryStream(bpmn), settings);
        var doc = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        doc.Declaration = new XDeclaration("1.0", "UTF-8", null);
        return doc.Declaration + "\n" + doc.Root!.ToString(SaveOptions.DisableFormatting);
    }

    public static byte[] Bytes(string xml) => Encoding.UTF8.GetBytes(xml);

    public static string Checksum(string xml) => Convert.ToHexStringLower(SHA256.HashData(Bytes(xml)));
}
