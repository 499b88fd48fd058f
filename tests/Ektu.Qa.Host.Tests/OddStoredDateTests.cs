using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// Dates the input checks now refuse may already be stored (written before them, or straight into the database):
/// every read path over them stays total — the dashboard, the commission and meeting pages and the reports answer 200.
/// </summary>
public sealed class OddStoredDateTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Pages_Should_AnswerOkAndFlagTheRow_When_StoredMeetingDatesAreAtTheCalendarsEnds(string provider)
    {
        await using var factory = await QaWebFactory.CreateAsync(provider);
        var admin = await factory.SignInAsync("admin");
        var commission = await FirstCommissionAsync(admin);
        var meetings = (await admin.GetFromJsonAsync<JsonElement>($"/api/qa-commission/commissions/{commission}/meetings"))
            .EnumerateArray().Select(m => Guid.Parse(m.GetProperty("id").GetString()!)).ToList();
        meetings.Count.ShouldBeGreaterThanOrEqualTo(2);
        await SetMeetingDateAsync(factory, meetings[0], new DateOnly(9999, 12, 31));
        await SetMeetingDateAsync(factory, meetings[1], new DateOnly(1, 1, 1));

        var dashboard = await HtmlPages.GetOkAsync(admin, "/");
        dashboard.ShouldNotBeNullOrWhiteSpace();
        var page = await HtmlPages.GetOkAsync(admin, "/QaCommission/Commissions/Details?id=" + commission);
        page.ShouldContain("The date is outside the allowed range");
        foreach (var meeting in meetings.Take(2)) await HtmlPages.GetOkAsync(admin, "/QaCommission/Meetings/Details?id=" + meeting);
        (await admin.GetAsync($"/api/qa-commission/commissions/{commission}/dashboard")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync($"/api/qa-commission/commissions/{commission}/register")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var meeting in meetings.Take(2))
            ((int)(await admin.GetAsync($"/api/qa-commission/meetings/{meeting}/minutes")).StatusCode).ShouldBeLessThan(500);
        await HtmlPages.GetOkAsync(admin, "/QaCommission/Reports");
        await HtmlPages.GetOkAsync(admin, "/QaCommission/Register?id=" + commission);
        await HtmlPages.GetOkAsync(admin, "/Identity/AuditLog?To=9999-12-31&From=0001-01-01");
    }

    [Fact]
    public async Task Minutes_Should_BeWritten_When_StoredAgendaTitleHasControlCharacters()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin");
        string meeting;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IDbSession>();
            await session.BeginAsync();
            var connection = await session.GetConnectionAsync();
            meeting = await connection.QueryFirstAsync<string>("SELECT meeting_id FROM qc_agenda_items", transaction: session.Transaction);
            await connection.ExecuteAsync("UPDATE qc_agenda_items SET title = @Title WHERE meeting_id = @Meeting",
                new { Title = "Bell\u0007 and NUL\u0000 in a title", Meeting = meeting }, session.Transaction);
            await session.CommitAsync();
        }
        var minutes = await admin.GetAsync($"/api/qa-commission/meetings/{meeting}/minutes");
        minutes.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await minutes.Content.ReadAsByteArrayAsync();
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
        doc.MainDocumentPart!.Document!.InnerText.ShouldContain("Bell\uFFFD and NUL\uFFFD in a title");
    }

    [Fact]
    public async Task ReportRun_Should_BeRefusedWithFieldError_When_DateIsOutsideTheWindow()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var api = await MalformedRequestTests.BearerClientAsync(factory);
        var run = await api.PostAsJsonAsync("/api/reporting/runs", new
        {
            reportKey = "Kernel.AuditLog", format = "Xlsx",
            parameters = new Dictionary<string, string> { ["from"] = "2025-01-01", ["to"] = "9999-12-31" },
        });
        await MalformedRequestTests.ShouldBeProblemAsync(run, HttpStatusCode.BadRequest, "Kernel:Validation", "to", "31 December 2100");
        var query = await api.GetAsync("/api/identity/audit-log?to=9999-12-31");
        await MalformedRequestTests.ShouldBeProblemAsync(query, HttpStatusCode.BadRequest, "Kernel:Validation", "To", "31 December 2100");
    }

    private static async Task<string> FirstCommissionAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/qa-commission/commissions")).EnumerateArray().First().GetProperty("id").GetString()!;

    private static async Task SetMeetingDateAsync(QaWebFactory factory, Guid meeting, DateOnly date)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        // Outside a unit of work: one autocommitted statement, on either database.
        var connection = await scope.ServiceProvider.GetRequiredService<IDbSession>().GetConnectionAsync();
        await connection.ExecuteAsync("UPDATE qc_meetings SET meeting_date = @Date WHERE id = @Id", new { Date = date, Id = meeting });
    }
}
