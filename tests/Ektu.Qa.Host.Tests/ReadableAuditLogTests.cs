using System.Net;
using AngleSharp.Html.Parser;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// The audit log page and its export name the module, entity and action
/// in the reader's language and list the changes as "field: old → new" with values by name (a built-in role, an enum),
/// never the stored codes or JSON; role pages show built-in roles by name too.
/// </summary>
public sealed class ReadableAuditLogTests
{
    private const string Changes = """[{"Field":"Role","Old":null,"New":"QualityOfficer","Values":"Role:"},""" +
        """{"Field":"Kind","Old":"School","New":"Department","Values":"Enum:OrganizationUnitKind."}]""";

    private static readonly string?[] BuiltInRoles =
        ["Administrator", "QualityOfficer", "Dean", "HeadOfDepartment", "Employee", "AcademicCouncil", "Board"];

    private static readonly string[] Codes = ["Identity", "User", "RoleAssigned", "LoggedIn", "QualityOfficer", "School", "Department"];

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AuditLog_Should_ShowNamesAndReadableChanges_When_ReadInRussian(string provider)
    {
        await using var factory = await QaWebFactory.CreateAsync(provider);
        var admin = await factory.SignInAsync("admin", "ru");
        await InsertAsync(factory);

        var html = WebUtility.HtmlDecode(await HtmlPages.GetOkAsync(admin, "/Identity/AuditLog?entity=User"));
        var doc = new HtmlParser().ParseDocument(html);
        var cells = doc.QuerySelectorAll("#audit-entries td").Select(td => td.TextContent.Trim()).ToList();
        cells.ShouldContain("Пользователи и доступ");
        cells.ShouldContain("Роль назначена");
        cells.ShouldContain("Вход в систему");
        cells.Intersect(Codes).ShouldBeEmpty();
        var changes = doc.QuerySelectorAll(".audit-changes li").Select(li => Spaces(li.TextContent)).ToList();
        changes.ShouldContain("Роль: Специалист по обеспечению качества");
        changes.ShouldContain("Вид: Школа / факультет → Кафедра");
        html.ShouldNotContain("\"Field\"");
        doc.QuerySelectorAll("#entity option").Select(o => o.TextContent.Trim()).ShouldContain("Пользователь");
        doc.QuerySelectorAll("#action option").Select(o => o.TextContent.Trim()).Intersect(Codes).ShouldBeEmpty();

        var rows = Workbooks.ReadSheet(await admin.GetByteArrayAsync("/Identity/AuditLog?handler=Export&entity=User&action=RoleAssigned"));
        rows.Count.ShouldBe(2);
        rows[1].ShouldContain("Роль назначена");
        rows[1].ShouldContain("Роль: Специалист по обеспечению качества\nВид: Школа / факультет → Кафедра");
        rows[1].Intersect(Codes).ShouldBeEmpty();
    }

    [Fact]
    public async Task AuditLog_Should_NameWorkflowFields_When_ADefinitionIsImported()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin", "ru");
        (await admin.PostAsync("/api/workflow/definitions/import",
            new StringContent(WorkflowPageTests.TypedModel, System.Text.Encoding.UTF8, "application/xml"))).EnsureSuccessStatusCode();

        var doc = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(admin, "/Identity/AuditLog?entity=ProcessDefinition"));
        var changes = doc.QuerySelectorAll(".audit-changes li").Select(li => Spaces(li.TextContent)).ToList();
        changes.ShouldContain("Код процесса: typed-page");
        changes.ShouldContain("Название (рус.): Типизированная страница");
        changes.ShouldContain("Название (каз.): Типтелген бет");
        changes.ShouldNotContain(c => c.StartsWith("Process key", StringComparison.Ordinal) || c.StartsWith("Name ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditLog_Should_NameNotificationFields_When_TheDemoProcessesNotifiedTheirAssignees()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin", "ru");

        var doc = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(admin, "/Identity/AuditLog?entity=Notification"));
        var changes = doc.QuerySelectorAll(".audit-changes li").Select(li => Spaces(li.TextContent)).ToList();
        changes.ShouldContain(c => c.StartsWith("Получатель:", StringComparison.Ordinal));
        changes.ShouldContain(c => c.StartsWith("Значения в тексте:", StringComparison.Ordinal));
        changes.ShouldNotContain(c => c.StartsWith("Recipient", StringComparison.Ordinal) || c.StartsWith("Args", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RolePages_Should_ShowBuiltInRolesByName_When_ReadInKazakh()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin", "kk");
        var roles = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(admin, "/Identity/Roles"));
        var names = roles.QuerySelectorAll("tbody td:first-child").Select(td => td.FirstChild!.TextContent.Trim()).ToList();
        names.ShouldContain("Сапаны қамтамасыз ету жөніндегі маман");
        names.ShouldContain("Әкімші");
        names.ShouldNotContain("QualityOfficer");
        names.ShouldNotContain("HeadOfDepartment");

        var users = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(admin, "/Identity/Users?search=aqd"));
        var rolesLink = users.QuerySelectorAll("a")
            .First(a => a.GetAttribute("href")!.StartsWith("/Identity/Users/Roles/", StringComparison.Ordinal));
        var assignments = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(admin, rolesLink.GetAttribute("href")!));
        assignments.QuerySelectorAll("tbody td:first-child").Select(td => td.TextContent.Trim())
            .ShouldContain("Сапаны қамтамасыз ету жөніндегі маман");
        var options = assignments.QuerySelectorAll("#assign-role option").Select(o => o.TextContent.Trim()).ToList();
        options.ShouldContain("Декан");
        options.ShouldNotContain("Dean");
        options.ShouldNotContain("QualityOfficer");

        var edit = roles.QuerySelectorAll("a").First(a => a.GetAttribute("href")!.StartsWith("/Identity/Roles/Edit/", StringComparison.Ordinal));
        var form = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(admin, edit.GetAttribute("href")!));
        form.QuerySelectorAll("input:not([type=hidden])").Select(i => i.GetAttribute("value")).Intersect(BuiltInRoles).ShouldBeEmpty();
    }

    private static string Spaces(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static async Task InsertAsync(QaWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDbSession>();
        await session.BeginAsync();
        await session.ExecuteAsync(
            "INSERT INTO k_audit_log (id, occurred_at, user_id, user_name, module, entity, entity_id, action, changes, correlation_id) " +
            "VALUES (@Id, @At, NULL, 'admin', 'Identity', 'User', @Id, 'RoleAssigned', @Changes, 'test')",
            new { Id = Guid.NewGuid(), At = DateTime.UtcNow, Changes }, CancellationToken.None);
        await session.CommitAsync();
    }
}
