using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Engine.Tests;

public sealed class SemanticsTests
{
    private const string Decision = """
        <bpmn:startEvent id="S" /><bpmn:userTask id="T" />
        <bpmn:exclusiveGateway id="G" />
        <bpmn:endEvent id="EA" /><bpmn:endEvent id="EB" />
        <bpmn:sequenceFlow id="F0" sourceRef="S" targetRef="T" /><bpmn:sequenceFlow id="F1" sourceRef="T" targetRef="G" />
        <bpmn:sequenceFlow id="FA" sourceRef="G" targetRef="EA">
        <bpmn:conditionExpression language="javascript">next(null, environment.variables.c === 'a');</bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="FB" sourceRef="G" targetRef="EB">
        <bpmn:conditionExpression>${environment.variables.c === 'b'}</bpmn:conditionExpression></bpmn:sequenceFlow>
        """;

    [Fact]
    public async Task ExclusiveGateway_Should_FailAtGateway_When_NoConditionIsTrueAndNoDefault()
    {
        var engine = Bpmn.Engine(Bpmn.Model(Decision));
        var state = (await engine.StartAsync(null)).State;
        var result = await engine.CompleteTaskAsync(state, state.Wait("T").Id, Bpmn.Vars("""{"c":"z"}"""));
        result.State.Status.ShouldBe(InstanceStatus.Error);
        result.State.Error!.ElementId.ShouldBe("G");
        result.State.Error.Code.ShouldBe("NoFlowTaken");
    }

    [Fact]
    public async Task RetryAsync_Should_RunGatewayAgain_When_VariablesWereCorrected()
    {
        var engine = Bpmn.Engine(Bpmn.Model(Decision));
        var state = (await engine.StartAsync(null)).State;
        state = (await engine.CompleteTaskAsync(state, state.Wait("T").Id, Bpmn.Vars("""{"c":"z"}"""))).State;
        state.Variables["c"] = "b";
        var retried = await engine.RetryAsync(state);
        retried.State.Status.ShouldBe(InstanceStatus.Completed);
        retried.Events.ShouldContain(e => e.Kind == EngineEventKind.EndEventReached && e.ElementId == "EB");
    }

    [Fact]
    public async Task MoveTokenAsync_Should_EnterTarget_When_InstanceFailedAtGateway()
    {
        var engine = Bpmn.Engine(Bpmn.Model(Decision));
        var state = (await engine.StartAsync(null)).State;
        state = (await engine.CompleteTaskAsync(state, state.Wait("T").Id, null)).State;
        var moved = await engine.MoveTokenAsync(state, "G", "EA");
        moved.State.Status.ShouldBe(InstanceStatus.Completed);
        moved.Events.ShouldContain(e => e.Kind == EngineEventKind.Cancelled && e.ElementId == "G");
        await Should.ThrowAsync<BpmnEngineException>(() => engine.MoveTokenAsync(moved.State, "T", "EA"));
    }

    [Fact]
    public async Task MoveTokenAsync_Should_CancelTaskAndWaitAgain_When_MovedBackToTask()
    {
        var model = Bpmn.Model("""
            <bpmn:startEvent id="S" /><bpmn:userTask id="T1" /><bpmn:userTask id="T2" /><bpmn:endEvent id="E" />
            <bpmn:sequenceFlow id="F0" sourceRef="S" targetRef="T1" /><bpmn:sequenceFlow id="F1" sourceRef="T1" targetRef="T2" />
            <bpmn:sequenceFlow id="F2" sourceRef="T2" targetRef="E" />
            """);
        var engine = Bpmn.Engine(model);
        var state = (await engine.StartAsync(null)).State;
        state = (await engine.CompleteTaskAsync(state, state.Wait("T1").Id, null)).State;
        state = (await engine.MoveTokenAsync(state, "T2", "T1")).State;
        state.Waits.Select(w => w.ElementId).ShouldBe(["T1"]);
    }

    [Fact]
    public async Task InclusiveGateway_Should_TakeDefault_When_NoConditionIsTrue()
    {
        var model = Bpmn.Model("""
            <bpmn:startEvent id="S" /><bpmn:inclusiveGateway id="G" default="FD" />
            <bpmn:endEvent id="E1" /><bpmn:endEvent id="E2" /><bpmn:endEvent id="ED" />
            <bpmn:sequenceFlow id="F0" sourceRef="S" targetRef="G" />
            <bpmn:sequenceFlow id="F1" sourceRef="G" targetRef="E1"><bpmn:conditionExpression>${environment.variables.a}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="F2" sourceRef="G" targetRef="E2"><bpmn:conditionExpression>${environment.variables.b}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="FD" sourceRef="G" targetRef="ED" />
            """);
        var none = await Bpmn.Engine(model).StartAsync(Bpmn.Vars("""{"a":false,"b":false}"""));
        none.Events.Where(e => e.Kind == EngineEventKind.FlowTaken).Select(e => e.ElementId).ShouldBe(["F0", "FD"]);
        var both = await Bpmn.Engine(model).StartAsync(Bpmn.Vars("""{"a":true,"b":1}"""));
        both.Events.Where(e => e.Kind == EngineEventKind.FlowTaken).Select(e => e.ElementId).ShouldBe(["F0", "F1", "F2"]);
        both.State.Status.ShouldBe(InstanceStatus.Completed);
    }

    private const string Fork = """
        <bpmn:startEvent id="S" /><bpmn:parallelGateway id="Fork" /><bpmn:userTask id="A" /><bpmn:userTask id="B" />
        <bpmn:parallelGateway id="Join" /><bpmn:endEvent id="E" /><bpmn:endEvent id="X"><bpmn:terminateEventDefinition /></bpmn:endEvent>
        <bpmn:userTask id="C" />
        <bpmn:sequenceFlow id="F0" sourceRef="S" targetRef="Fork" />
        <bpmn:sequenceFlow id="FA" sourceRef="Fork" targetRef="A" /><bpmn:sequenceFlow id="FB" sourceRef="Fork" targetRef="B" />
        <bpmn:sequenceFlow id="FC" sourceRef="Fork" targetRef="C" />
        <bpmn:sequenceFlow id="FA2" sourceRef="A" targetRef="Join" /><bpmn:sequenceFlow id="FB2" sourceRef="B" targetRef="Join" />
        <bpmn:sequenceFlow id="FJ" sourceRef="Join" targetRef="E" /><bpmn:sequenceFlow id="FC2" sourceRef="C" targetRef="X" />
        """;

    [Fact]
    public async Task ParallelJoin_Should_Wait_When_OneBranchIsMissing()
    {
        var engine = Bpmn.Engine(Bpmn.Model(Fork));
        var state = (await engine.StartAsync(null)).State;
        var afterA = await engine.CompleteTaskAsync(state, state.Wait("A").Id, null);
        afterA.Events.ShouldNotContain(e => e.ElementId == "Join" && e.Kind == EngineEventKind.Entered);
        afterA.State.Joins.Single().Tokens.ShouldContainKey("FA2");
        var afterB = await engine.CompleteTaskAsync(afterA.State, afterA.State.Wait("B").Id, null);
        afterB.Events.Count(e => e.ElementId == "Join" && e.Kind == EngineEventKind.Completed).ShouldBe(1);
        afterB.State.Status.ShouldBe(InstanceStatus.Running);
    }

    [Fact]
    public async Task TerminateEnd_Should_CancelEverything_When_Reached()
    {
        var engine = Bpmn.Engine(Bpmn.Model(Fork));
        var state = (await engine.StartAsync(null)).State;
        state = (await engine.CompleteTaskAsync(state, state.Wait("A").Id, null)).State;
        var result = await engine.CompleteTaskAsync(state, state.Wait("C").Id, null);
        result.State.Status.ShouldBe(InstanceStatus.Terminated);
        result.State.Waits.ShouldBeEmpty();
        result.State.Joins.ShouldBeEmpty();
        result.State.Activities.ShouldBeEmpty();
        result.Events.Where(e => e.Kind == EngineEventKind.Cancelled).Select(e => e.ElementId).ShouldBe(["B"]);
    }

    [Fact]
    public async Task CancelAsync_Should_TerminateAndRemoveWaits_When_AdminCancels()
    {
        var engine = Bpmn.Engine(Bpmn.Model(Fork));
        var state = (await engine.StartAsync(null)).State;
        var result = await engine.CancelAsync(state);
        result.State.Status.ShouldBe(InstanceStatus.Terminated);
        result.State.Waits.ShouldBeEmpty();
        result.Events.Count(e => e.Kind == EngineEventKind.Cancelled).ShouldBe(3);
        await Should.ThrowAsync<BpmnEngineException>(() => engine.CompleteTaskAsync(result.State, Guid.NewGuid(), null));
    }

    private const string Mi = """
        <bpmn:startEvent id="S" />
        <bpmn:userTask id="R" camunda:assignee="${content.reviewer}">
          <bpmn:multiInstanceLoopCharacteristics camunda:collection="${environment.variables.reviewers}" camunda:elementVariable="reviewer">
            <bpmn:completionCondition>${environment.variables.ok >= 2}</bpmn:completionCondition>
          </bpmn:multiInstanceLoopCharacteristics>
        </bpmn:userTask>
        <bpmn:endEvent id="E" />
        <bpmn:sequenceFlow id="F0" sourceRef="S" targetRef="R" /><bpmn:sequenceFlow id="F1" sourceRef="R" targetRef="E" />
        """;

    [Fact]
    public async Task MultiInstance_Should_CancelRemaining_When_CompletionConditionIsTrueEarly()
    {
        var engine = Bpmn.Engine(Bpmn.Model(Mi));
        var state = (await engine.StartAsync(Bpmn.Vars("""{"reviewers":["a","b","c"],"ok":0}"""))).State;
        state.Waits.Select(w => w.Assignee).ShouldBe(["a", "b", "c"]);
        state = (await engine.CompleteTaskAsync(state, state.Wait("R", 2).Id, Bpmn.Vars("""{"ok":1}"""))).State;
        var result = await engine.CompleteTaskAsync(state, state.Wait("R", 0).Id, Bpmn.Vars("""{"ok":2}"""));
        result.State.Status.ShouldBe(InstanceStatus.Completed);
        result.Events.ShouldContain(e => e.Kind == EngineEventKind.Cancelled && e.ElementId == "R" && e.LoopIndex == 1);
    }

    [Fact]
    public async Task MultiInstance_Should_CompleteAtOnce_When_CollectionIsEmpty()
    {
        var result = await Bpmn.Engine(Bpmn.Model(Mi)).StartAsync(Bpmn.Vars("""{"reviewers":[],"ok":0}"""));
        result.State.Status.ShouldBe(InstanceStatus.Completed);
        result.Events.ShouldNotContain(e => e.Kind == EngineEventKind.WaitCreated);
    }

    [Fact]
    public async Task MultiInstance_Should_FailAtTask_When_CollectionIsNotAnArray()
    {
        var result = await Bpmn.Engine(Bpmn.Model(Mi)).StartAsync(Bpmn.Vars("""{"reviewers":"a"}"""));
        result.State.Status.ShouldBe(InstanceStatus.Error);
        result.State.Error!.ElementId.ShouldBe("R");
    }

    private const string Timers = """
        <bpmn:startEvent id="S" /><bpmn:userTask id="T" camunda:dueDate="P2D" qa:fourEyes="true" /><bpmn:endEvent id="E" />
        <bpmn:boundaryEvent id="Remind" cancelActivity="false" attachedToRef="T"><bpmn:timerEventDefinition><bpmn:timeDuration>P7D</bpmn:timeDuration>
        </bpmn:timerEventDefinition></bpmn:boundaryEvent>
        <bpmn:boundaryEvent id="Escalate" attachedToRef="T"><bpmn:timerEventDefinition><bpmn:timeDuration>PT36H</bpmn:timeDuration>
        </bpmn:timerEventDefinition></bpmn:boundaryEvent>
        <bpmn:endEvent id="ER" /><bpmn:userTask id="V" /><bpmn:endEvent id="EV" />
        <bpmn:sequenceFlow id="F0" sourceRef="S" targetRef="T" /><bpmn:sequenceFlow id="F1" sourceRef="T" targetRef="E" />
        <bpmn:sequenceFlow id="FR" sourceRef="Remind" targetRef="ER" /><bpmn:sequenceFlow id="FE" sourceRef="Escalate" targetRef="V" />
        <bpmn:sequenceFlow id="FV" sourceRef="V" targetRef="EV" />
        """;

    [Fact]
    public async Task BoundaryTimer_Should_KeepTask_When_NonInterrupting()
    {
        var engine = Bpmn.Engine(Bpmn.Model(Timers));
        var state = (await engine.StartAsync(null)).State;
        var task = state.Wait("T");
        task.FourEyes.ShouldBeTrue();
        task.DueAt.ShouldBe(new DateTime(2025, 3, 3, 8, 0, 0, DateTimeKind.Utc));
        state.Wait("Escalate").DueAt.ShouldBe(new DateTime(2025, 3, 2, 20, 0, 0, DateTimeKind.Utc));
        var result = await engine.FireTimerAsync(state, state.Wait("Remind").Id);
        result.State.Waits.Select(w => w.ElementId).ShouldBe(["Escalate", "T"], ignoreOrder: true);
        result.Events.ShouldContain(e => e.Kind == EngineEventKind.EndEventReached && e.ElementId == "ER");
    }

    [Fact]
    public async Task BoundaryTimer_Should_CancelTaskAndDisarmOthers_When_Interrupting()
    {
        var engine = Bpmn.Engine(Bpmn.Model(Timers));
        var state = (await engine.StartAsync(null)).State;
        var remindId = state.Wait("Remind").Id;
        var result = await engine.FireTimerAsync(state, state.Wait("Escalate").Id);
        result.State.Waits.Select(w => w.ElementId).ShouldBe(["V"]);
        result.Events.ShouldContain(e => e.Kind == EngineEventKind.Cancelled && e.ElementId == "T");
        await Should.ThrowAsync<BpmnEngineException>(() => engine.FireTimerAsync(result.State, remindId));
    }

    private static string Errors(string boundaryDefinition) =>
        "<bpmn:startEvent id=\"S\" /><bpmn:serviceTask id=\"Call\" implementation=\"${environment.services.registry.check}\" /><bpmn:endEvent " +
            "id=\"E\" />"
        + "<bpmn:boundaryEvent id=\"Caught\" attachedToRef=\"Call\">" + boundaryDefinition + "</bpmn:boundaryEvent><bpmn:endEvent id=\"EC\" />"
        + "<bpmn:sequenceFlow id=\"F0\" sourceRef=\"S\" targetRef=\"Call\" /><bpmn:sequenceFlow id=\"F1\" sourceRef=\"Call\" targetRef=\"E\" />"
        + "<bpmn:sequenceFlow id=\"FC\" sourceRef=\"Caught\" targetRef=\"EC\" />";

    private const string ErrorDefs = """<bpmn:error id="Err_Down" errorCode="DOWN" />""";

    [Theory]
    [InlineData("<bpmn:errorEventDefinition />", "ANYTHING", InstanceStatus.Completed)]
    [InlineData("<bpmn:errorEventDefinition errorRef=\"Err_Down\" />", "DOWN", InstanceStatus.Completed)]
    [InlineData("<bpmn:errorEventDefinition errorRef=\"Err_Down\" />", "OTHER", InstanceStatus.Error)]
    public async Task ErrorBoundary_Should_CatchByCodeOrCatchAll_When_HandlerRaisesError(string definition, string code, InstanceStatus expected)
    {
        var model = Bpmn.Model(Errors(definition), ErrorDefs);
        model.FindNode("Call")!.Service.ShouldBe("registry.check");
        var result = await Bpmn.Engine(model, _ => new ServiceResult { ErrorCode = code, Set = new JsonObject { ["tried"] = true } })
            .StartAsync(null);
        result.State.Status.ShouldBe(expected);
        result.State.Variables["tried"]!.GetValue<bool>().ShouldBeTrue();
        if (expected == InstanceStatus.Error) result.State.Error!.Code.ShouldBe(code);
        else result.Events.ShouldContain(e => e.Kind == EngineEventKind.Completed && e.ElementId == "Caught");
    }

    [Fact]
    public async Task RetryAsync_Should_CallHandlerAgain_When_ServiceFailedBefore()
    {
        var calls = 0;
        var engine = Bpmn.Engine(Bpmn.Model(Errors("<bpmn:errorEventDefinition errorRef=\"Err_Down\" />"), ErrorDefs),
            _ => ++calls == 1 ? throw new InvalidOperationException("network") : ServiceResult.Ok);
        var failed = await engine.StartAsync(null);
        failed.State.Status.ShouldBe(InstanceStatus.Error);
        failed.State.Error!.Code.ShouldBe("ServiceFailed");
        var retried = await engine.RetryAsync(failed.State);
        retried.State.Status.ShouldBe(InstanceStatus.Completed);
        calls.ShouldBe(2);
    }

    [Fact]
    public async Task ErrorEnd_Should_CompleteInstance_When_Uncaught()
    {
        var model = Bpmn.Model("""
            <bpmn:startEvent id="S" /><bpmn:endEvent id="EE"><bpmn:errorEventDefinition errorRef="Err_Down" /></bpmn:endEvent>
            <bpmn:sequenceFlow id="F0" sourceRef="S" targetRef="EE" />
            """, ErrorDefs);
        var result = await Bpmn.Engine(model).StartAsync(null);
        result.State.Status.ShouldBe(InstanceStatus.Completed);
        result.Events.ShouldContain(e => e.Kind == EngineEventKind.EndEventReached && e.ElementId == "EE");
    }

    [Fact]
    public async Task DeliverMessageAsync_Should_MergePayloadAndContinue_When_CatchIsWaiting()
    {
        var model = Bpmn.Model("""
            <bpmn:startEvent id="S" /><bpmn:intermediateCatchEvent id="M"><bpmn:messageEventDefinition messageRef="Msg" />
            </bpmn:intermediateCatchEvent><bpmn:endEvent id="E" />
            <bpmn:sequenceFlow id="F0" sourceRef="S" targetRef="M" /><bpmn:sequenceFlow id="F1" sourceRef="M" targetRef="E" />
            """, """<bpmn:message id="Msg" name="paid" />""");
        var engine = Bpmn.Engine(model);
        var state = (await engine.StartAsync(null)).State;
        state.Wait("M").MessageName.ShouldBe("paid");
        await Should.ThrowAsync<BpmnEngineException>(() => engine.DeliverMessageAsync(state, "other", null));
        var result = await engine.DeliverMessageAsync(state, "paid", Bpmn.Vars("""{"amount":5}"""));
        result.State.Status.ShouldBe(InstanceStatus.Completed);
        result.State.Variables["amount"]!.GetValue<int>().ShouldBe(5);
    }

    [Fact]
    public async Task Run_Should_FailWithLoopLimit_When_ModelLoopsWithoutWait()
    {
        var model = Bpmn.Model("""
            <bpmn:startEvent id="S" /><bpmn:exclusiveGateway id="G" /><bpmn:serviceTask id="Svc" implementation="${environment.services.tick}" />
            <bpmn:sequenceFlow id="F0" sourceRef="S" targetRef="G" /><bpmn:sequenceFlow id="F1" sourceRef="G" targetRef="Svc" />
            <bpmn:sequenceFlow id="F2" sourceRef="Svc" targetRef="G" />
            """);
        var result = await Bpmn.Engine(model).StartAsync(null);
        result.State.Status.ShouldBe(InstanceStatus.Error);
        result.State.Error!.Code.ShouldBe("LoopLimit");
    }
}
