using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Ektu.Qa.Kernel.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// On the workflow pages: the inbox and the task page show the business record the
/// owning module describes, never the business or process key; the task page draws the task's declared form fields and
/// shows their errors beside them; the instance history reads in words and names; every time is Almaty's.
/// </summary>
public sealed class WorkflowPageTests
{
    private static readonly HtmlParser Parser = new();
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");
    private static readonly DateTime StoredUtc = new(2026, 3, 10, 20, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime Almaty = new(2026, 3, 11, 1, 30, 0);

    [Fact]
    public async Task TaskPage_Should_ShowTheDocumentCard_When_ADocumentWaitsForReview()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var aqd = await factory.SignInAsync("aqd");
        var pdf = Ektu.Qa.TestKit.TestFiles.Pdf("card");
        var (docId, _) = await SubmitDocumentAsync(aqd, "WF-CARD", "Internal audit regulation", pdf);

        var inbox = Parser.ParseDocument(await HtmlPages.GetOkAsync(aqd, "/Workflow/Tasks?filter=Available"));
        var row = inbox.QuerySelectorAll("#inbox tbody tr").Single(r => r.QuerySelector(".task-record")!.TextContent == "Internal audit regulation");
        row.QuerySelector(".task-process")!.TextContent.ShouldBe("Policy document approval");
        row.QuerySelector(".task-unit")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        inbox.QuerySelector("#inbox")!.TextContent.ShouldNotContain("qp-document:");
        inbox.QuerySelector("#inbox")!.TextContent.ShouldNotContain("policy-document-approval");

        var html = await HtmlPages.GetOkAsync(aqd, row.QuerySelector("a")!.GetAttribute("href")!);
        var task = Parser.ParseDocument(html);
        task.QuerySelector("#record-title")!.TextContent.Trim().ShouldBe("Internal audit regulation");
        task.QuerySelector("#record-code")!.TextContent.ShouldBe("WF-CARD");
        task.QuerySelector("#record-edition")!.TextContent.ShouldBe("Edition 1 · Draft");
        task.QuerySelector("#task-process")!.TextContent.ShouldBe("Policy document approval");
        // Who may take the task reads as roles by name, not the model's role codes.
        task.QuerySelector("#task-candidates")!.TextContent.ShouldBe("Quality assurance officer");
        html.ShouldNotContain("qp-document:");
        (await aqd.GetByteArrayAsync(task.QuerySelector("#record-files a")!.GetAttribute("href"))).ShouldBe(pdf);
        var record = task.QuerySelector("#record-link")!.GetAttribute("href")!;
        record.ShouldContain(docId);
        await HtmlPages.GetOkAsync(aqd, record);
    }

    [Fact]
    public async Task InstanceAndInbox_Should_ReadInWordsAndAlmatyTime_When_AReviewIsDone()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var aqd = await factory.SignInAsync("aqd");
        var (_, instanceUrl) = await SubmitDocumentAsync(aqd, "WF-HIST", "Quality manual", Ektu.Qa.TestKit.TestFiles.Pdf("history"));
        var instanceId = instanceUrl.Split('/', '?')[4];
        await ExecuteAsync(factory, "UPDATE wf_tasks SET created_at = @At WHERE instance_id = @Id", instanceId);
        await ExecuteAsync(factory, "UPDATE wf_history SET at = @At WHERE instance_id = @Id", instanceId);

        var inbox = WebUtility.HtmlDecode(await HtmlPages.GetOkAsync(aqd, "/Workflow/Tasks?filter=Available"));
        var created = Parser.ParseDocument(inbox).QuerySelectorAll("#inbox tbody tr")
            .Single(r => r.QuerySelector(".task-record")!.TextContent == "Quality manual").QuerySelector(".task-created")!.TextContent;
        created.ShouldBe(Almaty.ToString("g", En));

        // The quality officer approves from the task page; the instance page then reads in words.
        var taskUrl = Parser.ParseDocument(inbox).QuerySelectorAll("#inbox tbody tr")
            .Single(r => r.QuerySelector(".task-record")!.TextContent == "Quality manual").QuerySelector("a")!.GetAttribute("href")!;
        var done = await PostTaskFormAsync(aqd, taskUrl, new() { ["Input.Outcome"] = "approve", ["Input.Comment"] = "Consistent with ESG 1.1" });
        done.StatusCode.ShouldBe(HttpStatusCode.OK, await ErrorsAsync(done));

        var page = Parser.ParseDocument(WebUtility.HtmlDecode(await HtmlPages.GetOkAsync(aqd, instanceUrl)));
        var history = page.QuerySelector("#instance-history tbody")!;
        var events = history.QuerySelectorAll(".history-event").Select(e => e.TextContent).ToList();
        events.ShouldContain("Path taken");
        events.ShouldNotContain("FlowTaken");
        events.ShouldNotContain("Entered");
        var elements = history.QuerySelectorAll(".history-element").Select(e => e.TextContent.Trim()).ToList();
        elements.ShouldContain(e => e.StartsWith("Submit the document", StringComparison.Ordinal));
        elements.ShouldContain("Decision"); // an unnamed gateway reads as its type
        history.TextContent.ShouldNotContain("Task_");
        history.TextContent.ShouldNotContain("Gw_");
        history.TextContent.ShouldNotContain("Flow_");
        history.QuerySelectorAll(".history-at").Select(e => e.TextContent).ShouldContain(Almaty.ToString("g", En));
        history.QuerySelectorAll(".history-at").Select(e => e.TextContent).ShouldNotContain(StoredUtc.ToString("g", En));
        var review = page.QuerySelectorAll("#instance-tasks tbody tr")
            .Single(r => r.TextContent.Contains("Quality officer review", StringComparison.Ordinal));
        review.QuerySelector(".task-outcome")!.TextContent.ShouldBe("Approve");
    }

    [Fact]
    public async Task TaskPage_Should_DrawTypedFieldsAndShowTheirErrors_When_TheTaskDeclaresAForm()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin");
        await PublishAsync(admin, TypedModel);
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/identity/organization-units");
        var unit = units.EnumerateArray().Single(u => u.GetProperty("code").GetString() == "SITIS-CS").GetProperty("id").GetString();
        (await admin.PostAsJsonAsync("/api/workflow/instances", new { processKey = "typed-page", businessKey = "EA-2026", unitId = unit }))
            .EnsureSuccessStatusCode();

        var head = await factory.SignInAsync("head.cs");
        var inbox = Parser.ParseDocument(await HtmlPages.GetOkAsync(head, "/Workflow/Tasks?filter=Available"));
        var taskUrl = inbox.QuerySelector("#task-Task_Fill")!.GetAttribute("href")!;
        var task = Parser.ParseDocument(await HtmlPages.GetOkAsync(head, taskUrl));
        task.QuerySelector("label[for=field-workingGroupLead]")!.TextContent.ShouldContain("Working group lead (user name)");
        task.QuerySelector("#field-workingGroupLead")!.HasAttribute("required").ShouldBeTrue();
        task.QuerySelector("#field-members")!.GetAttribute("type").ShouldBe("number");
        task.QuerySelector("#field-external")!.GetAttribute("type").ShouldBe("checkbox");
        task.QuerySelector("#field-visitOn")!.GetAttribute("type").ShouldBe("date");
        task.QuerySelectorAll("#field-agency option").Select(o => (o.GetAttribute("value"), o.TextContent))
            .ShouldBe([("", ""), ("iqaa", "IQAA"), ("iaar", "IAAR")]);

        var refused = await PostTaskFormAsync(head, taskUrl, new() { ["Fields[members]"] = "many", ["Fields[agency]"] = "asiin" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var shown = Parser.ParseDocument(await refused.Content.ReadAsStringAsync());
        shown.QuerySelector("#field-members-error")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        shown.QuerySelector("#field-agency-error").ShouldNotBeNull();
        shown.QuerySelector("#field-workingGroupLead-error").ShouldNotBeNull(); // required
        shown.QuerySelector("#field-external-error").ShouldBeNull();
        shown.QuerySelector("#field-members")!.GetAttribute("value").ShouldBe("many"); // the typed values stay

        var done = await PostTaskFormAsync(head, taskUrl, new()
        {
            ["Fields[workingGroupLead]"] = "teacher1", ["Fields[members]"] = "5", ["Fields[visitOn]"] = "2026-04-20", ["Fields[agency]"] = "iqaa",
        });
        done.StatusCode.ShouldBe(HttpStatusCode.OK, await ErrorsAsync(done));
        done.RequestMessage!.RequestUri!.Query.ShouldContain("filter=Completed");
    }

    [Fact]
    public async Task InstanceDiagram_Should_LoadForWhoeverMayReadTheInstance_When_TheyHoldNoPermissionOnDefinitions()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin");
        await PublishAsync(admin, TypedModel);
        var mine = await StartTypedAsync(admin, "SITIS-CS", new { });
        var elsewhere = await StartTypedAsync(admin, "SEM-GEO", new { });

        // The head of department reads instances of the department but holds no permission on definitions.
        var head = await factory.SignInAsync("head.cs");
        (await head.GetAsync("/Workflow/Definitions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var page = Parser.ParseDocument(await HtmlPages.GetOkAsync(head, "/Workflow/Instances/Details/" + mine));
        var diagram = await head.GetAsync(page.QuerySelector("#bpmn-designer")!.GetAttribute("data-xml-url"));
        diagram.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await diagram.Content.ReadAsStringAsync()).ShouldContain("<bpmn:process id=\"typed-page\"");
        diagram.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("sandbox");

        // Another school's instance is not found; a user who may not read instances at all is refused.
        (await head.GetAsync($"/Workflow/Instances/Details/{elsewhere}?handler=Xml")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var teacher = await factory.SignInAsync("teacher3");
        (await teacher.GetAsync($"/Workflow/Instances/Details/{elsewhere}?handler=Xml")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task InstancePage_Should_ShowTextAsWrittenAndElementsByName_When_VariablesHoldCyrillicAndMarkup()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin", "ru");
        await PublishAsync(admin, TypedModel);
        var id = await StartTypedAsync(admin, "SITIS-CS", new { comment = "Приказ № 112 <b>бұйрық</b>" });

        var html = await HtmlPages.GetOkAsync(admin, "/Workflow/Instances/Details/" + id);
        var page = Parser.ParseDocument(html);
        page.QuerySelector("#instance-variables")!.TextContent.ShouldContain("\"comment\": \"Приказ № 112 <b>бұйрық</b>\"");
        html.ShouldNotContain("\\u041F");
        html.ShouldNotContain("<b>бұйрық</b>"); // markup in a variable stays text
        page.QuerySelector("#instance-variables b").ShouldBeNull();

        // The token to move is chosen by the element's name in the reader's language; the engine still gets the id.
        page.QuerySelectorAll("#FromElementId option").Select(o => (o.GetAttribute("value"), o.TextContent)).ShouldBe([("Task_Fill", "Заполнить")]);

        // A long comment wraps inside its cell instead of running under the history beside it.
        page.QuerySelector("#instance-tasks th.task-comment")!.ClassList.ShouldContain("text-break");
    }

    [Fact]
    public async Task Notifications_Should_NameTheTaskAndProcessInTheReadersLanguage_When_ATaskIsCreated()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin");
        await PublishAsync(admin, TypedModel);
        await StartTypedAsync(admin, "SITIS-CS", new { });
        // A row written before names were kept in three languages still reads.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IDbSession>();
            await session.BeginAsync();
            await session.ExecuteAsync("""
                INSERT INTO k_notifications (id, user_id, title_key, args, link, read_at, version, created_at, created_by, updated_at, updated_by)
                SELECT @Id, id, 'Workflow:Notify.TaskCreated', '["Old task","EA-OLD"]', NULL, NULL, 1, @At, 'test', @At, 'test'
                FROM id_users WHERE user_name = 'head.cs'
                """, new { Id = Guid.NewGuid(), At = StoredUtc }, CancellationToken.None);
            await session.CommitAsync();
        }

        foreach (var (culture, expected) in new[]
            { ("ru", "Новая задача: Заполнить (Типизированная страница)"), ("kk", "Жаңа тапсырма: Толтыру (Типтелген бет)") })
        {
            var head = await factory.SignInAsync("head.cs", culture);
            var texts = Parser.ParseDocument(await HtmlPages.GetOkAsync(head, "/Notifications")).QuerySelectorAll("#notifications li > div > div")
                .Select(d => d.TextContent.Trim()).ToList();
            texts.ShouldContain(expected);
            texts.ShouldContain(t => t.EndsWith(": Old task (EA-OLD)", StringComparison.Ordinal));
            texts.ShouldNotContain(t => t.Contains("EA-SITIS-CS", StringComparison.Ordinal) || t.Contains("Fill in", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task InstancesApi_Should_AnswerTheFirstPage_When_NoPagingIsGiven()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin");

        var list = await admin.GetAsync("/api/workflow/instances");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await list.Content.ReadFromJsonAsync<JsonElement>();
        (body.GetProperty("page").GetInt32(), body.GetProperty("pageSize").GetInt32()).ShouldBe((1, 25));
        (await admin.GetAsync("/api/workflow/instances?status=Running")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync("/api/workflow/tasks")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync("/api/workflow/definitions")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    internal const string TypedModel = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          xmlns:qa="http://ektu.kz/schema/qa/bpmn" id="Defs_TypedPage" targetNamespace="http://ektu.kz/qa/test">
          <bpmn:process id="typed-page" name="Typed page"
          isExecutable="true" qa:name-kk="Типтелген бет" qa:name-ru="Типизированная страница" qa:name-en="Typed page">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Fill" />
            <bpmn:userTask id="Task_Fill" name="Fill in" camunda:candidateGroups="HeadOfDepartment"
            camunda:formKey="task" qa:name-kk="Толтыру" qa:name-ru="Заполнить" qa:name-en="Fill in">
              <bpmn:extensionElements>
                <camunda:formData>
                  <camunda:formField id="workingGroupLead" label="Lead" type="string">
                    <camunda:validation><camunda:constraint name="required" /></camunda:validation>
                  </camunda:formField>
                  <camunda:formField id="members" label="Members" type="long" />
                  <camunda:formField id="external" label="External experts" type="boolean" />
                  <camunda:formField id="visitOn" label="Site visit" type="date" />
                  <camunda:formField id="agency" label="Agency" type="enum">
                    <camunda:value id="iqaa" name="IQAA" />
                    <camunda:value id="iaar" name="IAAR" />
                  </camunda:formField>
                </camunda:formData>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="F2" sourceRef="Task_Fill" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private static async Task PublishAsync(HttpClient admin, string xml)
    {
        var imported = await admin.PostAsync("/api/workflow/definitions/import", new StringContent(xml, Encoding.UTF8, "application/xml"));
        imported.EnsureSuccessStatusCode();
        var id = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var draft = (await admin.GetFromJsonAsync<JsonElement>($"/api/workflow/definitions/{id}/versions")).EnumerateArray().Single();
        (await admin.PostAsync($"/api/workflow/definitions/{id}/publish?version={draft.GetProperty("version").GetInt32()}", null))
            .EnsureSuccessStatusCode();
    }

    /// <summary>Starts the typed test process in the unit with <paramref name="unitCode"/>; returns the instance's id.</summary>
    private static async Task<string> StartTypedAsync(HttpClient admin, string unitCode, object variables)
    {
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/identity/organization-units");
        var unit = units.EnumerateArray().Single(u => u.GetProperty("code").GetString() == unitCode).GetProperty("id").GetString();
        var started = await admin.PostAsJsonAsync("/api/workflow/instances",
            new { processKey = "typed-page", businessKey = "EA-" + unitCode, unitId = unit, variables });
        started.EnsureSuccessStatusCode();
        return (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Creates a document in SITIS, uploads its first edition and submits it from its page; returns its id and the instance page's
    /// URL.</summary>
    private static async Task<(string Id, string InstanceUrl)> SubmitDocumentAsync(HttpClient client, string code, string titleEn, byte[] pdf)
    {
        var units = await client.GetFromJsonAsync<JsonElement>("/api/identity/organization-units");
        var sitis = units.EnumerateArray().Single(u => u.GetProperty("code").GetString() == "SITIS").GetProperty("id").GetString();
        var created = await client.PostAsJsonAsync("/api/quality-policy/documents", new
        {
            code, type = "QualityPolicy", titleKk = "Ереже " + code, titleRu = "Положение " + code, titleEn, ownerUnitId = sitis,
        });
        created.EnsureSuccessStatusCode();
        var doc = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = doc.GetProperty("id").GetString()!;
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(pdf), "file", code + ".pdf" },
            { new StringContent(doc.GetProperty("version").GetInt32().ToString(CultureInfo.InvariantCulture)), "version" },
        };
        (await client.PostAsync($"/api/quality-policy/documents/{id}/editions", form)).EnsureSuccessStatusCode();

        var details = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, $"/QualityPolicy/Documents/Details/{id}"));
        var submit = details.QuerySelector("#submit-for-approval")!.Closest("form")!;
        var submitted = await client.PostAsync(submit.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = submit.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (id, submitted.RequestMessage!.RequestUri!.PathAndQuery);
    }

    /// <summary>Posts the task page's completion form with its hidden fields and token plus <paramref name="fields"/>.</summary>
    private static async Task<HttpResponseMessage> PostTaskFormAsync(HttpClient client, string taskUrl, Dictionary<string, string> fields)
    {
        var form = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, taskUrl)).QuerySelector("#complete-form")!;
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]")) fields.TryAdd(hidden.GetAttribute("name")!,
            hidden.GetAttribute("value") ?? "");
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    private static async Task<string> ErrorsAsync(HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("#task-errors")?.TextContent ?? "";

    private static async Task ExecuteAsync(QaWebFactory factory, string sql, string instanceId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDbSession>();
        await session.BeginAsync();
        (await session.ExecuteAsync(sql, new { At = StoredUtc, Id = instanceId }, CancellationToken.None)).ShouldBeGreaterThan(0);
        await session.CommitAsync();
    }
}
