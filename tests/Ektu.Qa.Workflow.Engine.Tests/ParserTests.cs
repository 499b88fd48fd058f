namespace Ektu.Qa.Workflow.Engine.Tests;

public sealed class ParserTests
{
    [Theory]
    [InlineData("""<bpmn:callActivity id="X" />""", "X")]
    [InlineData("""<bpmn:scriptTask id="X" />""", "X")]
    [InlineData("""<bpmn:sendTask id="X" />""", "X")]
    [InlineData("""<bpmn:eventBasedGateway id="X" />""", "X")]
    [InlineData("""<bpmn:complexGateway id="X" />""", "X")]
    [InlineData("""<bpmn:intermediateCatchEvent id="X"><bpmn:signalEventDefinition /></bpmn:intermediateCatchEvent>""", "X")]
    [InlineData("""<bpmn:intermediateCatchEvent id="X"><bpmn:timerEventDefinition><bpmn:timeCycle>R3/PT1H</bpmn:timeCycle>""" +
        """</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""", "X")]
    [InlineData("""<bpmn:startEvent id="X" />""", "X")]
    [InlineData("""<bpmn:subProcess id="X" triggeredByEvent="true"><bpmn:startEvent id="Y" /></bpmn:subProcess>""", "X")]
    public void Parse_Should_NameElement_When_OutsideSubset(string extra, string id)
    {
        var result = Bpmn.Parse("""<bpmn:startEvent id="S" /><bpmn:endEvent id="E" /><bpmn:sequenceFlow id="F" sourceRef="S" targetRef="E" />"""
            + extra);
        result.Succeeded.ShouldBeFalse();
        result.Problems.ShouldContain(p => p.ElementId == id);
    }

    [Fact]
    public void Parse_Should_RejectInclusiveJoin_When_GatewayHasSeveralIncomingFlows()
    {
        var result = Bpmn.Parse("""
            <bpmn:startEvent id="S" /><bpmn:parallelGateway id="P" /><bpmn:inclusiveGateway id="J" /><bpmn:endEvent id="E" />
            <bpmn:sequenceFlow id="F0" sourceRef="S" targetRef="P" /><bpmn:sequenceFlow id="F1" sourceRef="P" targetRef="J" />
            <bpmn:sequenceFlow id="F2" sourceRef="P" targetRef="J" />
            <bpmn:sequenceFlow id="F3" sourceRef="J" targetRef="E"><bpmn:conditionExpression>${true}</bpmn:conditionExpression></bpmn:sequenceFlow>
            """);
        result.Problems.ShouldContain(p => p.ElementId == "J" && p.Code == "UnsupportedElement");
    }

    [Fact]
    public void Parse_Should_ReadExtensionsAndNames_When_ModelIsValid()
    {
        var model = Bpmn.Model("""
            <bpmn:laneSet id="L" />
            <bpmn:startEvent id="S" /><bpmn:endEvent id="E" />
            <bpmn:userTask id="T" name="Review" qa:name-kk="Қарау" qa:name-ru="Проверка" camunda:assignee="${environment.variables.author}"
            camunda:candidateGroups="a, b" camunda:formKey="review" qa:fourEyes="true" />
            <bpmn:sequenceFlow id="F0" sourceRef="S" targetRef="T" /><bpmn:sequenceFlow id="F1" sourceRef="T" targetRef="E" />
            """);
        model.Names.Get("ru-RU").ShouldBe("Процесс");
        var task = model.FindNode("T")!;
        task.Kind.ShouldBe(NodeKind.UserTask);
        task.Names.Get("kk").ShouldBe("Қарау");
        task.Names.Get("en").ShouldBe("Review");
        task.FourEyes.ShouldBeTrue();
        task.FormKey.ShouldBe("review");
        task.CandidateGroups.ShouldBe("a, b");
    }

    [Fact]
    public void Parse_Should_ReportMissingDefault_When_DefaultFlowIsUnknown() =>
        Bpmn.Parse(
            """<bpmn:startEvent id="S" /><bpmn:exclusiveGateway id="G" default="Nope" /><bpmn:endEvent id="E" />""" +
                """<bpmn:sequenceFlow id="F0" sourceRef="S" targetRef="G" /><bpmn:sequenceFlow id="F1" sourceRef="G" targetRef="E" />""")
            .Problems.ShouldContain(p => p.Code == "MissingDefault" && p.ElementId == "G");
}
