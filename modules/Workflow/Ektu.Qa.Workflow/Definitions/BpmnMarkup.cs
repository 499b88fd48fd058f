using System.Xml;
using Ektu.Qa.Workflow.Engine;

namespace Ektu.Qa.Workflow.Definitions;

/// <summary>
/// Markup a stored model may carry. BPMN allows free content in <c>documentation</c> and <c>extensionElements</c>, and the
/// engine skips elements it does not know; an XHTML or SVG element there would run as script wherever the XML is shown
/// inline. So only the BPMN, DI and Camunda vocabularies are kept (Camunda's only inside <c>extensionElements</c>, as
/// bpmn-js writes them), documentation is plain text, and processing instructions (<c>xml-stylesheet</c>) are refused.
/// </summary>
internal static class BpmnMarkup
{
    private const string Camunda = "http://camunda.org/schema/1.0/bpmn";
    private const string Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private static readonly HashSet<string> Model =
    [
        Bpmn, "http://www.omg.org/spec/BPMN/20100524/DI", "http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI",
    ];

    /// <summary>The first foreign piece of markup, described with its line; null when there is none.</summary>
    public static string? FindForeign(byte[] bpmn)
    {
        var settings = BpmnParser.SafeSettings();
        settings.IgnoreProcessingInstructions = false;
        using var reader = XmlReader.Create(new MemoryStream(bpmn, writable: false), settings);
        var extensions = -1;
        var documentation = -1;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.ProcessingInstruction) return $"<?{reader.Name}?> (line {Line(reader)})";
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.Depth <= extensions) extensions = -1;
            if (reader.Depth <= documentation) documentation = -1;
            var inside = documentation >= 0 ? "bpmn:documentation" : extensions >= 0 ? "bpmn:extensionElements" : null;
            var allowed = documentation < 0 && (extensions >= 0 ? reader.NamespaceURI == Camunda : Model.Contains(reader.NamespaceURI));
            if (!allowed) return $"<{reader.Name}>{(inside == null ? "" : " inside " + inside)} (line {Line(reader)})";
            if (reader.NamespaceURI != Bpmn) continue;
            if (reader.LocalName == "extensionElements") extensions = reader.Depth;
            else if (reader.LocalName == "documentation") documentation = reader.Depth;
        }
        return null;
    }

    private static int Line(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;
}
