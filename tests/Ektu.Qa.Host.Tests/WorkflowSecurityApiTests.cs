using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// The attacks an outside probe made on the workflow API, as a head of department (through a bearer token, as the
/// portal calls the API) and as a designer: forged module processes, forged outputs, markup in models.
/// </summary>
public sealed class WorkflowSecurityApiTests
{
    [Fact]
    public async Task StartApi_Should_AnswerLocalizedForbidden_When_HeadOfDepartmentStartsAModuleProcess()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin");
        var head = await BearerAsync(factory, admin, "head.cs", "ru");
        var unit = await UnitIdAsync(admin, "SITIS-CS");

        var businessKey = "qp-document:" + Guid.NewGuid();
        var forged = await head.PostAsJsonAsync("/api/workflow/instances", new
        {
            processKey = "policy-document-approval", businessKey, unitId = unit,
            variables = new { approverRole = "HeadOfDepartment", initiator = "head.cs" },
        });

        forged.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await forged.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("Workflow:ModuleProcess");
        problem.GetProperty("title").GetString()!.ShouldStartWith("Процесс «policy-document-approval» принадлежит модулю QualityPolicy");
        var instances = await admin.GetFromJsonAsync<JsonElement>($"/api/workflow/instances?businessKey={businessKey}&page=1&pageSize=25");
        instances.GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task StartPage_Should_OfferOnlyProcessesNoModuleOwns_When_Opened()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin");

        var page = await admin.GetStringAsync("/Workflow/Instances/Start");

        page.ShouldContain("value=\"programme-approval\"");
        page.ShouldNotContain("value=\"policy-document-approval\"");
        page.ShouldNotContain("value=\"qc-work-plan-approval\"");
    }

    [Fact]
    public async Task CompleteApi_Should_AnswerBadRequest_When_ValuesSetAnUndeclaredVariable()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin");
        var head = await BearerAsync(factory, admin, "head.cs", "en");
        var unit = await UnitIdAsync(admin, "SITIS-CS");
        (await head.PostAsJsonAsync("/api/workflow/instances", new { processKey = "programme-approval", businessKey = "PRG-PROBE", unitId = unit }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var inbox = await head.GetFromJsonAsync<JsonElement>("/api/workflow/tasks?filter=Available");
        var task = inbox.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("businessKey").GetString() == "PRG-PROBE");

        var forged = await head.PostAsJsonAsync($"/api/workflow/tasks/{task.GetProperty("id").GetString()}/complete", new
        {
            outcome = "approve", values = new { approverRole = "HeadOfDepartment" }, version = task.GetProperty("version").GetInt32(),
        });

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await forged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("Values.approverRole").EnumerateArray().Single().GetString().ShouldBe("The task's form does not declare this value.");
        var still = await head.GetFromJsonAsync<JsonElement>($"/api/workflow/tasks/{task.GetProperty("id").GetString()}");
        still.GetProperty("status").GetString().ShouldBe("Open");
    }

    [Fact]
    public async Task ImportApi_Should_RefuseModel_When_DocumentationHoldsAScript()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin");
        const string Xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="http://ektu.kz/probe">
              <bpmn:process id="xss-probe" isExecutable="true">
                <bpmn:documentation><html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(document.cookie)</html:script></bpmn:documentation>
                <bpmn:startEvent id="S" /><bpmn:sequenceFlow id="F" sourceRef="S" targetRef="E" /><bpmn:endEvent id="E" />
              </bpmn:process>
            </bpmn:definitions>
            """;

        var imported = await admin.PostAsync("/api/workflow/definitions/import", new StringContent(Xml, Encoding.UTF8, "application/xml"));

        imported.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("Xml").EnumerateArray().Single().GetString()!
            .ShouldStartWith("Markup outside the BPMN and Camunda vocabularies is refused");
        var definitions = await admin.GetFromJsonAsync<JsonElement>("/api/workflow/definitions");
        definitions.EnumerateArray().ShouldAllBe(d => d.GetProperty("processKey").GetString() != "xss-probe");
    }

    [Fact]
    public async Task XmlEndpoints_Should_ServeAnAttachmentWithNosniffAndSandbox_When_ModelIsRead()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin");
        var definitions = await admin.GetFromJsonAsync<JsonElement>("/api/workflow/definitions");
        var id = definitions.EnumerateArray().Single(d => d.GetProperty("processKey").GetString() == "policy-document-approval")
            .GetProperty("id").GetString();

        string[] urls =
        [
            $"/api/workflow/definitions/{id}/xml", $"/Workflow/Definitions/Edit?handler=Xml&id={id}",
            $"/Workflow/Definitions/Edit?handler=Export&id={id}&number=1",
        ];
        foreach (var url in urls)
        {
            var response = await admin.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml", url);
            response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment", url);
            response.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldStartWith("policy-document-approval", Case.Sensitive, url);
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"], url);
            response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe("sandbox; default-src 'none'", url);
            (await response.Content.ReadAsStringAsync()).ShouldContain("<bpmn:process id=\"policy-document-approval\"", Case.Sensitive, url);
        }
    }

    /// <summary>A client calling the API as <paramref name="userName"/> with a bearer token of an API client acting for that user.</summary>
    private static async Task<HttpClient> BearerAsync(QaWebFactory factory, HttpClient admin, string userName, string culture)
    {
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/identity/users?search=" + userName);
        var user = users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName)
            .GetProperty("id").GetString();
        var clientId = "probe-" + userName;
        var created = await (await admin.PostAsJsonAsync("/api/identity/api-clients", new { clientId, name = "Probe", userId = user }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var api = factory.CreateClient();
        var secret = created.GetProperty("secret").GetString();
        var token = await (await api.PostAsJsonAsync("/api/identity/token", new { clientId, clientSecret = secret }))
            .Content.ReadFromJsonAsync<JsonElement>();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return api;
    }

    private static async Task<string> UnitIdAsync(HttpClient admin, string code)
    {
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/identity/organization-units");
        return units.EnumerateArray().Single(u => u.GetProperty("code").GetString() == code).GetProperty("id").GetString()!;
    }
}
