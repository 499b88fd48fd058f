using System.Text;
using System.Text.Json.Nodes;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow.Definitions;
using Ektu.Qa.Workflow.Instances;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Workflow.Tests.Application;

/// <summary>Module processes start only through their module; task outputs and start variables cannot steer assignment.</summary>
public sealed class ModuleProcessSecurityTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Start_Should_RefuseWithModuleProcess_When_AModuleOwnsTheProcess(string provider)
    {
        await using var app = await WorkflowTestApp.StartAsync(provider);
        var unit = await app.UnitAsync("SITIS-CS");
        var owned = new[]
        {
            ("policy-document-approval", "QualityPolicy"), ("qc-work-plan-approval", "QaCommission"),
            ("pm-programme-approval", "ProgrammeMonitoring"), ("pm-register-change", "ProgrammeMonitoring"),
            ("ea-external-assessment", "ExternalAccreditation"),
        };
        foreach (var (key, module) in owned)
        {
            var refused = await Should.ThrowAsync<QaException>(() => app.AsAsync("head.cs", sp => sp.GetRequiredService<IProcessInstanceAppService>()
                .StartAsync(new StartProcessInput
                {
                    ProcessKey = " " + key, BusinessKey = "qp-document:" + Guid.NewGuid(), UnitId = unit,
                    Variables = new JsonObject { ["approverRole"] = "HeadOfDepartment" },
                })));
            refused.Code.ShouldBe(WorkflowErrorCodes.ModuleProcess);
            refused.Status.ShouldBe(403);
            refused.Args.ShouldBe(new object[] { key, module });
        }
        var started = await app.QueryAsync(db => db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM wf_instances WHERE process_key IN "
            + "('policy-document-approval', 'qc-work-plan-approval', 'pm-programme-approval', 'pm-register-change', 'ea-external-assessment')"));
        started.ShouldBe(0);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Start_Should_MakeTheStarterTheInitiator_When_VariablesNameSomeoneElse(string provider)
    {
        await using var app = await WorkflowTestApp.StartAsync(provider);
        var unit = await app.UnitAsync("SITIS-CS");
        Task<ProcessInstanceDto> Start(JsonObject variables) => app.AsAsync("head.cs", sp => sp.GetRequiredService<IProcessInstanceAppService>()
            .StartAsync(new StartProcessInput { ProcessKey = WorkflowTestApp.Key, BusinessKey = "DOC-1", UnitId = unit, Variables = variables }));

        var forged = await Should.ThrowAsync<ValidationException>(() => Start(new JsonObject { ["initiator"] = "dean.sitis" }));
        forged.Errors.Keys.ShouldBe(["Variables.initiator"]);
        await Should.ThrowAsync<ValidationException>(() => Start(new JsonObject { ["initiator"] = 5 }));

        var started = await Start(new JsonObject { ["initiator"] = "head.cs", ["programmeCode"] = "6B06101" });
        var read = await app.AsAsync("admin", sp => sp.GetRequiredService<IProcessInstanceAppService>().GetAsync(started.Id));
        read.Variables!["initiator"]!.GetValue<string>().ShouldBe("head.cs");
        read.Variables!["programmeCode"]!.GetValue<string>().ShouldBe("6B06101");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Complete_Should_AcceptOnlyDeclaredFormFields_When_ValuesAreGiven(string provider)
    {
        await using var app = await WorkflowTestApp.StartAsync(provider);
        var instance = await app.StartInstanceAsync();
        var review = (await app.InboxAsync("head.cs", TaskFilter.Available)).Single();
        Task Complete(JsonObject values) => app.AsAsync("head.cs", sp => sp.GetRequiredService<ITaskAppService>()
            .CompleteAsync(review.Id, new CompleteTaskInput { Outcome = "approve", Values = values, Version = review.Version }));

        var undeclared = await Should.ThrowAsync<ValidationException>(() =>
            Complete(new JsonObject { ["note"] = "ok", ["candidateGroups"] = "Board" }));
        undeclared.Errors.Keys.ShouldBe(["Values.candidateGroups"]); // the declared note is fine
        undeclared.Errors["Values.candidateGroups"].ShouldBe([WorkflowErrorCodes.UndeclaredOutput]);
        var outcome = await Should.ThrowAsync<ValidationException>(() => Complete(new JsonObject { ["outcome"] = "reject" }));
        outcome.Errors.Keys.ShouldBe(["Values.outcome"]); // outcome and comment come from their own fields only
        (await app.InboxAsync("head.cs", TaskFilter.Available)).Single().Id.ShouldBe(review.Id); // refused completions changed nothing

        await Complete(new JsonObject { ["note"] = "fine" });
        var read = await app.AsAsync("admin", sp => sp.GetRequiredService<IProcessInstanceAppService>().GetAsync(instance.Id));
        read.Variables!["note"]!.GetValue<string>().ShouldBe("fine");
        read.Variables!["outcome"]!.GetValue<string>().ShouldBe("approve");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Complete_Should_RefuseProtectedVariable_When_TheModuleSetItAtStart(string provider)
    {
        await using var app = await WorkflowTestApp.StartAsync(provider);
        var unit = await app.UnitAsync("SITIS-CS");
        var id = await app.AsAsync("admin", sp => sp.GetRequiredService<IWorkflowIntegrationService>()
            .StartAsync(WorkflowTestApp.Key, "DOC-7", unit, new JsonObject { ["approverRole"] = "Dean" }));
        var review = (await app.InboxAsync("head.cs", TaskFilter.Available)).Single();

        // approverRole is a declared field of the review form, but the module set it: no completer may overwrite it.
        var refused = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("head.cs", sp => sp.GetRequiredService<ITaskAppService>()
            .CompleteAsync(review.Id, new CompleteTaskInput
            {
                Outcome = "approve", Values = new JsonObject { ["approverRole"] = "HeadOfDepartment" }, Version = review.Version,
            })));
        refused.Errors["Values.approverRole"].ShouldBe([WorkflowErrorCodes.ProtectedVariable]);
        var read = await app.AsAsync("admin", sp => sp.GetRequiredService<IProcessInstanceAppService>().GetAsync(id));
        read.Variables!["approverRole"]!.GetValue<string>().ShouldBe("Dean");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Import_Should_RefuseForeignMarkup_When_ModelCarriesXhtmlOrStylesheet(string provider)
    {
        await using var app = await WorkflowTestApp.StartAsync(provider);
        var model = Encoding.UTF8.GetString(WorkflowTestApp.Model()).Replace("test-approval", "markup-test");
        const string Xhtml = """<html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(document.cookie)</html:script>""";
        string[] forged =
        [
            model.Replace("<bpmn:startEvent id=\"Start\" />", $"<bpmn:documentation>{Xhtml}</bpmn:documentation><bpmn:startEvent id=\"Start\" />"),
            model.Replace("<camunda:formData>", $"<camunda:formData>{Xhtml}"),
            model.Replace("<camunda:formData>", """<svg:svg xmlns:svg="http://www.w3.org/2000/svg" onload="alert(1)" /><camunda:formData>"""),
            model.Replace("<bpmn:endEvent id=\"End_Rejected\" />", $"<bpmn:endEvent id=\"End_Rejected\" />{Xhtml}"),
            model.Replace("?>", """?><?xml-stylesheet type="text/xsl" href="data:text/xsl,evil"?>"""),
        ];
        foreach (var xml in forged)
        {
            var refused = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("admin", sp =>
                sp.GetRequiredService<IProcessDefinitionAppService>().ImportAsync(Encoding.UTF8.GetBytes(xml))), xml);
            refused.Errors.Keys.ShouldBe(["Xml"]);
        }

        // Plain text (escaped markup included) in documentation and Camunda extensions are what bpmn-js writes: accepted.
        var plain = model.Replace(
            "<bpmn:startEvent id=\"Start\" />", "<bpmn:documentation>Use &lt;b&gt; sparingly</bpmn:documentation><bpmn:startEvent id=\"Start\" />");
        var imported = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<IProcessDefinitionAppService>().ImportAsync(Encoding.UTF8.GetBytes(plain)));
        imported.ProcessKey.ShouldBe("markup-test");
    }
}
