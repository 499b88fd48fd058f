using System.Text;
using System.Xml;
using System.Xml.Linq;
using Ektu.Qa.Workflow.Engine.Parsing;

namespace Ektu.Qa.Workflow.Engine;

/// <summary>
/// Reads BPMN 2.0 XML into a <see cref="ProcessModel"/>. Everything outside the executable subset is reported as a problem
/// naming the element, so a bad model is rejected when saved and never fails at run time. Never throws for bad input.
/// </summary>
public static class BpmnParser
{
    /// <summary>Largest accepted document.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Deepest accepted element nesting; real models (nested sub-processes, DI, extensions) stay far below it.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most elements accepted in one document: several thousand shapes with their diagram.</summary>
    public const int MaxElements = 20_000;

    public static BpmnParseResult Parse(byte[] xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.Length > MaxBytes)
            return Fail(new BpmnProblem(null, "TooLarge", $"the document has {xml.Length} bytes; at most {MaxBytes} are accepted"));
        using var stream = new MemoryStream(xml, writable: false);
        return ParseBounded(stream);
    }

    public static BpmnParseResult Parse(Stream xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = xml.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
                return Fail(new BpmnProblem(null, "TooLarge", $"the document is larger than {MaxBytes} bytes"));
        }
        buffer.Position = 0;
        return ParseBounded(buffer);
    }

    /// <summary>The one set of reader settings: no DTD, no resolver, no entity expansion.</summary>
    public static XmlReaderSettings SafeSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = MaxBytes * 2L,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private static BpmnParseResult ParseBounded(Stream stream)
    {
        XDocument doc;
        try
        {
            // Building the tree (and the model from it) costs time quadratic in the nesting depth, so the shape is
            // checked first by a streaming pass that stops at the first element over a limit.
            if (ShapeProblem(stream) is { } problem) return Fail(problem);
            stream.Position = 0;
            // The reader sees bytes, so the declared encoding (e.g. ISO-8859-1) is honoured.
            using var reader = XmlReader.Create(stream, SafeSettings());
            doc = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(new BpmnProblem(null, "DtdProhibited", "DTDs and entity declarations are not accepted"));
        }
        catch (Exception e) when (e is XmlException or DecoderFallbackException or ArgumentException or NotSupportedException
                                       or InvalidOperationException)
        {
            return Fail(new BpmnProblem(null, "XmlMalformed", "the XML cannot be read: " + e.Message));
        }
        try
        {
            return new ModelBuilder(doc).Build();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Fail(new BpmnProblem(null, "Invalid", "the model cannot be read: " + e.Message));
        }
    }

    private static BpmnProblem? ShapeProblem(Stream stream)
    {
        using var reader = XmlReader.Create(stream, SafeSettings());
        var elements = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.Depth >= MaxDepth)
                return new BpmnProblem(null, "TooDeep", $"elements are nested more than {MaxDepth} levels deep (at line {LineOf(reader)})");
            if (++elements > MaxElements)
                return new BpmnProblem(null, "TooManyElements", $"the document has more than {MaxElements} elements");
        }
        return null;
    }

    private static int LineOf(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;

    private static BpmnParseResult Fail(BpmnProblem problem) => new(null, [problem]);
}
