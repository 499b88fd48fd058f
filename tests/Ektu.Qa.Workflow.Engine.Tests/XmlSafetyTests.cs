using System.Diagnostics;
using System.Text;

namespace Ektu.Qa.Workflow.Engine.Tests;

public sealed class XmlSafetyTests
{
    [Fact]
    public void Parse_Should_RejectDtd_When_ExternalEntityReadsAFile()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET");
        var xml = $"""<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file://{secret}">]>""" +
            $"""<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="P" name="&xxe;"/></bpmn:definitions>""";
        var result = BpmnParser.Parse(Encoding.UTF8.GetBytes(xml));
        result.Succeeded.ShouldBeFalse();
        result.Problems.Single().Code.ShouldBe("DtdProhibited");
        result.Problems.ShouldAllBe(p => !p.Message.Contains("TOP-SECRET"));
    }

    [Fact]
    public void Parse_Should_RejectDtd_When_BillionLaughs()
    {
        var xml = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">""" +
            """<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>""";
        BpmnParser.Parse(Encoding.UTF8.GetBytes(xml)).Problems.Single().Code.ShouldBe("DtdProhibited");
    }

    [Fact]
    public void Parse_Should_ReportTooLarge_When_DocumentExceedsLimit()
    {
        var big = new byte[BpmnParser.MaxBytes + 1];
        BpmnParser.Parse(big).Problems.Single().Code.ShouldBe("TooLarge");
        BpmnParser.Parse(new MemoryStream(big)).Problems.Single().Code.ShouldBe("TooLarge");
    }

    [Fact]
    public void Parse_Should_ReportMalformed_When_XmlIsBroken() =>
        BpmnParser.Parse(Encoding.UTF8.GetBytes("<bpmn:definitions " +
            "xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process>")).Problems.Single().Code.ShouldBe("XmlMalformed");

    [Fact]
    public void Parse_Should_ReportNotBpmn_When_RootIsForeign() =>
        BpmnParser.Parse(Encoding.UTF8.GetBytes("<html><body/></html>")).Problems.Single().Code.ShouldBe("NotBpmn");

    [Fact]
    public void Parse_Should_ReadLatin1_When_EncodingIsDeclared()
    {
        var xml = Bpmn.Wrap("""<bpmn:startEvent id="S" name="Café" /><bpmn:endEvent id="E" />""" +
            """<bpmn:sequenceFlow id="F" sourceRef="S" targetRef="E" />""")
            .Trim().Replace("UTF-8", "ISO-8859-1");
        var result = BpmnParser.Parse(Encoding.Latin1.GetBytes(xml));
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Problems));
        result.Model!.FindNode("S")!.Name.ShouldBe("Café");
    }

    [Theory]
    [InlineData(40_000)]
    [InlineData(299_000)]
    public void Parse_Should_RejectWithinASecond_When_NestingIsDeep(int depth)
    {
        var xml = new StringBuilder("""<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="P">""");
        xml.Insert(xml.Length, "<x>", depth).Insert(xml.Length, "</x>", depth).Append("</bpmn:process></bpmn:definitions>");
        var bytes = Encoding.UTF8.GetBytes(xml.ToString());
        bytes.Length.ShouldBeLessThanOrEqualTo(BpmnParser.MaxBytes);
        var clock = Stopwatch.StartNew();

        var result = BpmnParser.Parse(bytes);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        result.Succeeded.ShouldBeFalse();
        result.Problems.Single().Code.ShouldBe("TooDeep");
    }

    [Fact]
    public void Parse_Should_AcceptTheLimitAndRejectOneMore_When_NestingIsAtTheLimit()
    {
        string Nested(int levels) => Bpmn.Wrap(
            $"""<bpmn:documentation>{string.Concat(Enumerable.Repeat("<a>", levels))}""" +
            $"""{string.Concat(Enumerable.Repeat("</a>", levels))}</bpmn:documentation>"""
            + """<bpmn:startEvent id="S" /><bpmn:endEvent id="E" /><bpmn:sequenceFlow id="F" sourceRef="S" targetRef="E" />""").Trim();
        // definitions (depth 0) > process > documentation (2): the innermost element at depth MaxDepth - 1 is the last accepted.
        BpmnParser.Parse(Encoding.UTF8.GetBytes(Nested(BpmnParser.MaxDepth - 3))).Problems.ShouldBeEmpty();
        BpmnParser.Parse(Encoding.UTF8.GetBytes(Nested(BpmnParser.MaxDepth - 2))).Problems.Single().Code.ShouldBe("TooDeep");
    }

    [Fact]
    public void Parse_Should_RejectWithinASecond_When_ElementsAreTooMany()
    {
        var flat = string.Concat(Enumerable.Repeat("<bpmn:textAnnotation/>", BpmnParser.MaxElements));
        var clock = Stopwatch.StartNew();

        var result = BpmnParser.Parse(Encoding.UTF8.GetBytes(Bpmn.Wrap(flat).Trim()));

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        result.Problems.Single().Code.ShouldBe("TooManyElements");
    }
}
