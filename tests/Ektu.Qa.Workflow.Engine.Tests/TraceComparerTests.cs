using System.Text.Json.Nodes;
using Ektu.Qa.Workflow.Trace;

namespace Ektu.Qa.Workflow.Engine.Tests;

public sealed class TraceComparerTests
{
    private static JsonObject Trace(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void Compare_Should_ReportOrder_When_OrderedListDiffers() =>
        TraceComparer.Compare(Trace("""{"state":"completed","entered":["a","b"]}"""), Trace("""{"state":"completed","entered":["b","a"]}"""))
            .ShouldNotBeEmpty();

    [Fact]
    public void Compare_Should_IgnoreOrder_When_MultisetListDiffers() =>
        TraceComparer.Compare(Trace("""{"state":"completed","cancelled":["a","b"],"harness":{"x":1}}"""),
            Trace("""{"state":"completed","cancelled":["b","a"]}""")).ShouldBeEmpty();

    [Fact]
    public void Compare_Should_ReportVariable_When_ValuesDiffer() =>
        TraceComparer.Compare(Trace("""{"state":"completed","variables":{"n":1,"o":{"a":1,"b":2}}}"""),
            Trace("""{"state":"completed","variables":{"n":2.0,"o":{"b":2,"a":1}}}"""))
            .ShouldBe(["variables.n: expected 1, got 2"]);

    [Fact]
    public void Compare_Should_ReportErrorCode_When_CodesDiffer() =>
        TraceComparer.Compare(Trace("""{"state":"error","error":{"activity":"g","code":null,"message":"x"}}"""),
            Trace("""{"state":"error","error":{"activity":"g","code":"E","message":"y"}}""")).Count.ShouldBe(1);
}
