using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Dapper;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.ProgrammeMonitoring.Curriculum;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Benchmarks;

/// <summary>
/// The programme register: its page with 600 programmes × 5 versions, each with 40 outcomes, 60 courses and an outcome
/// map (p95 beside the floor of GET /health on the same signed-in client; target &lt; 30 ms), and the difference of two
/// versions of 200 courses and 40 outcomes each through the API and the page approvers read (target &lt; 50 ms). Each
/// provider on a fresh database; MariaDB when EKTU_QA_MYSQL is set.
/// </summary>
internal static class ProgrammeBench
{
    private const int Programmes = 600, Versions = 5, Outcomes = 40, RegisterCourses = 60, DiffCourses = 200, Rounds = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<int> RunAsync(string[] args)
    {
        var contentRoot = Path.GetFullPath(args.FirstOrDefault() ?? "host/Ektu.Qa.Host");
        var failed = false;
        foreach (var provider in TestDatabases.MySqlConnectionString == null ? new[] { TestDatabases.Sqlite }
            : [TestDatabases.Sqlite, TestDatabases.MySql])
        {
            await using var db = await TestDatabase.CreateAsync(provider);
            await using var factory = new BenchFactory(provider, db.ConnectionString, contentRoot);
            var client = factory.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = true });
            await client.GetAsync("/health");
            var seed = Stopwatch.StartNew();
            var diffId = await SeedAsync(factory.Services);
            Console.WriteLine($"[{provider}] seeded {Programmes} programmes × {Versions} versions ({Outcomes} outcomes, {RegisterCourses} courses "
                + $"and their map each) and one with two versions of {DiffCourses} courses in {seed.Elapsed.TotalSeconds:F1} s");
            await LoginAsync(client);

            var floor = await TimeAsync(client, _ => "/health");
            failed |= !Report(provider, "register page (600 programmes × 5 versions)", await TimeAsync(client, i => (i % 4) switch
            {
                0 => "/ProgrammeMonitoring/Programmes",
                1 => "/ProgrammeMonitoring/Programmes?status=Approved",
                2 => "/ProgrammeMonitoring/Programmes?search=B1",
                _ => "/ProgrammeMonitoring/Programmes?level=Master",
            }), floor, 30);
            failed |= !Report(provider, $"difference of two versions via the API ({DiffCourses} courses, {Outcomes} outcomes)",
                await TimeAsync(client, _ => $"/api/programme-monitoring/programmes/{diffId}/diff/1/2"), floor, 50);
            failed |= !Report(provider, "difference page approvers read (same versions)",
                await TimeAsync(client, _ => $"/ProgrammeMonitoring/Programmes/Diff/{diffId}?from=1&to=2"), floor, 50);
        }
        return failed ? 1 : 0;
    }

    private static async Task<List<double>> TimeAsync(HttpClient client, Func<int, string> url)
    {
        for (var i = 0; i < 10; i++) (await client.GetAsync(url(i))).EnsureSuccessStatusCode();
        var times = new List<double>();
        for (var i = 0; i < Rounds; i++)
        {
            var sw = Stopwatch.StartNew();
            var r = await client.GetAsync(url(i));
            await r.Content.ReadAsByteArrayAsync();
            times.Add(sw.Elapsed.TotalMilliseconds);
            r.EnsureSuccessStatusCode();
        }
        return times;
    }

    private static double P95(List<double> ms) => ms.Order().ElementAt((int)Math.Ceiling(ms.Count * 0.95) - 1);

    private static bool Report(string provider, string what, List<double> ms, List<double> floor, double targetMs)
    {
        var p95 = P95(ms);
        Console.WriteLine($"[{provider}] {what}: p50 {ms.Order().ElementAt(ms.Count / 2):F1} ms, p95 {p95:F1} ms "
            + $"(floor GET /health p95 {P95(floor):F1} ms; target < {targetMs} ms) {(p95 < targetMs ? "OK" : "OVER")}");
        return p95 < targetMs;
    }

    private static async Task LoginAsync(HttpClient client)
    {
        const string url = "/Identity/Account/Login";
        var token = WebUtility.HtmlDecode(Regex.Match(await client.GetStringAsync(url),
            @"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""").Groups[1].Value);
        (await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin", ["Password"] = "Admin123!", ["__RequestVerificationToken"] = token,
        }))).EnsureSuccessStatusCode();
    }

    /// <summary>The register's rows and versions by multi-row INSERTs; returns the programme whose two versions are compared.</summary>
    private static async Task<Guid> SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
        var departments = (await db.QueryAsync<(string Id, string ParentId)>(
            "SELECT id, parent_id FROM id_organization_units WHERE kind = 'Department'")).ToArray();
        var now = DateTime.UtcNow;
        var ids = Enumerable.Range(0, Programmes + 1).Select(_ => Guid.NewGuid()).ToArray();
        var statuses = new[] { "Approved", "InNationalRegister", "Draft", "InApproval" };
        ProgrammeContent Content(int i, int v, int courses)
        {
            var (dep, school) = departments[i % departments.Length];
            return Build(i, v, courses, Guid.Parse(school), Guid.Parse(dep));
        }
        await BatchAsync(db, Programmes + 1, 200, "pm_programmes (id, group_code, title_kk, title_ru, title_en, level, school_id, department_id, "
            + "status, approved_number, latest_number, open_proposals, version, created_at, created_by, updated_at, updated_by)", (i, p) =>
        {
            var c = Content(i, Versions, RegisterCourses);
            p.Add($"a{i}", ids[i]); p.Add($"g{i}", c.Classifier.GroupCode); p.Add($"t{i}", c.TitleEn); p.Add($"l{i}", (int)c.Level);
            p.Add($"s{i}", c.SchoolId); p.Add($"d{i}", c.DepartmentId); p.Add($"n{i}", now); p.Add($"st{i}", statuses[i % statuses.Length]);
            return $"@a{i}, @g{i}, @t{i}, @t{i}, @t{i}, @l{i}, @s{i}, @d{i}, @st{i}, {Versions - 1}, {Versions}, 1, 1, @n{i}, 'bench', @n{i}, "
                + "'bench'";
        });
        var rows = Enumerable.Range(0, Programmes).SelectMany(i => Enumerable.Range(1, Versions).Select(v => (i, v))).ToArray();
        await BatchAsync(db, rows.Length, 50, "pm_programme_versions (programme_id, number, parent_number, base_number, state, note, content, "
            + "created_at, created_by, approved_at, approved_by)", (k, p) =>
        {
            var (i, v) = rows[k];
            p.Add($"a{k}", ids[i]); p.Add($"c{k}", JsonSerializer.Serialize(Content(i, v, RegisterCourses), Json)); p.Add($"n{k}", now);
            var state = v == Versions ? "Open" : v == Versions - 1 ? "Approved" : "Superseded";
            return $"@a{k}, {v}, {(v == 1 ? "NULL" : v - 1)}, {(v == 1 ? "NULL" : v - 1)}, '{state}', NULL, @c{k}, @n{k}, 'bench', @n{k}, 'bench'";
        });
        var diffId = ids[Programmes];
        await BatchAsync(db, 2, 2, "pm_programme_versions (programme_id, number, parent_number, base_number, state, note, content, "
            + "created_at, created_by, approved_at, approved_by)", (k, p) =>
        {
            p.Add($"a{k}", diffId); p.Add($"c{k}", JsonSerializer.Serialize(Content(Programmes, k + 1, DiffCourses), Json)); p.Add($"n{k}", now);
            return $"@a{k}, {k + 1}, {(k == 0 ? "NULL" : "1")}, {(k == 0 ? "NULL" : "1")}, '{(k == 0 ? "Approved" : "Open")}', NULL, @c{k}, "
                + $"@n{k}, 'bench', @n{k}, 'bench'";
        });
        return diffId;
    }

    /// <summary>
    /// Programme <paramref name="i"/>'s version <paramref name="v"/>: each version rewords some outcomes (a few in one language
    /// only), changes credits of every seventh course, drops one course and adds another, and moves map cells.
    /// </summary>
    private static ProgrammeContent Build(int i, int v, int courses, Guid school, Guid department)
    {
        var outcomes = Enumerable.Range(1, Outcomes).Select(n => new LearningOutcome(n, $"Нәтиже {n} v{(n % 5 == 0 ? v : 1)}",
            $"Результат {n} v{(n % 5 == 0 || n % 11 == 0 ? v : 1)}", $"Outcome {n} v{(n % 5 == 0 ? v : 1)}")).ToList();
        var list = Enumerable.Range(v - 1, courses).Select(n => new Course($"C{n:D4}", $"Пән {n}", $"Дисциплина {n}", $"Course {n}",
            n % 7 == 0 ? 4 + v % 3 : 5, 1 + n % 8)).ToList();
        var map = list.SelectMany((c, k) => new[]
        {
            new MapCell(1 + k % Outcomes, c.Code, (CoverageLevel)(k % 3)), new MapCell(1 + (k + v) % Outcomes, c.Code, CoverageLevel.Reinforced),
        }).DistinctBy(m => (m.Outcome, m.CourseCode)).ToList();
        return new ProgrammeContent
        {
            Classifier = new("6B06", "6B061", $"B{i % 300:D3}"), TitleKk = $"Бағдарлама {i}", TitleRu = $"Программа {i}", TitleEn = $"Programme {i}",
            Level = i % 5 == 0 ? ProgrammeLevel.Master : ProgrammeLevel.Bachelor, DegreeKk = "Бакалавр", DegreeRu = "Бакалавр", DegreeEn = "Bachelor",
            SchoolId = school, DepartmentId = department, Languages = [InstructionLanguage.Kazakh, InstructionLanguage.Russian],
            StudyForms = [StudyForm.FullTime], DurationMonths = 48, Credits = 240, Outcomes = outcomes, Courses = list, Map = map,
        };
    }

    private static async Task BatchAsync(IDbSession db, int count, int size, string into, Func<int, DynamicParameters, string> row)
    {
        for (var start = 0; start < count; start += size)
        {
            var p = new DynamicParameters();
            var sql = new StringBuilder("INSERT INTO ").Append(into).Append(" VALUES ");
            sql.AppendJoin(", ", Enumerable.Range(start, Math.Min(size, count - start)).Select(i => "(" + row(i, p) + ")"));
            await db.InUnitOfWorkAsync(() => db.ExecuteAsync(sql.ToString(), p));
        }
    }
}
