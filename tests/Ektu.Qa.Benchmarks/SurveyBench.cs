using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Ektu.Qa.InformationManagement.Surveys;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Benchmarks;

/// <summary>
/// Surveys: 1,000 respondents answering through the anonymous invitation-code endpoint from 50 concurrent
/// clients (p95 beside the floor of a trivial request at the same concurrency; none lost, none duplicated, a second round
/// all refused, the counts raised once per response), and the results of 100,000 responses × 30 questions from their counts
/// (beside the same run's floor of reading the raw rows, which the results no longer need). Each provider on a fresh
/// database; MariaDB when EKTU_QA_MYSQL is set.
/// </summary>
internal static class SurveyBench
{
    private const int Respondents = 1000;
    private const int Clients = 50;
    private const int Responses = 100_000;
    private const int Questions = 30;

    public static async Task<int> RunAsync(string[] args)
    {
        var contentRoot = Path.GetFullPath(args.FirstOrDefault() ?? "host/Ektu.Qa.Host");
        // A second argument (Sqlite or MySql) runs one provider, for a machine where both in one run take too long.
        var only = args.Skip(1).FirstOrDefault();
        var failed = false;
        foreach (var provider in (TestDatabases.MySqlConnectionString == null ? new[] { TestDatabases.Sqlite }
            : [TestDatabases.Sqlite, TestDatabases.MySql]).Where(p => only == null || p.Equals(only, StringComparison.OrdinalIgnoreCase)))
        {
            failed |= !await SubmitAsync(provider, contentRoot);
            failed |= !await AggregateAsync(provider);
        }
        return failed ? 1 : 0;
    }

    private static async Task<bool> SubmitAsync(string provider, string contentRoot)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var factory = new BenchFactory(provider, db.ConnectionString, contentRoot);
        var warm = factory.CreateClient();
        await warm.GetAsync("/health");
        var (surveyId, codes) = await SeedEmployerSurveyAsync(factory.Services);
        var clients = Enumerable.Range(0, Clients).Select(_ => factory.CreateClient()).ToArray();

        var floor = await RoundAsync(clients, Respondents, (c, _) => c.GetAsync("/health"));
        var url = $"/api/information-management/surveys/{surveyId}/answers/by-code";
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var submit = await PacedRoundAsync(clients, Respondents, TimeSpan.FromSeconds(60), async (c, i) =>
        {
            var r = await c.PostAsJsonAsync(url, Body(codes[i], i));
            statuses.Add(r.StatusCode);
            return r;
        });
        var again = new ConcurrentBag<HttpStatusCode>();
        await RoundAsync(clients, Respondents, async (c, i) =>
        {
            var r = await c.PostAsJsonAsync(url, Body(codes[i], i));
            again.Add(r.StatusCode);
            return r;
        });
        await using var scope = factory.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDbSession>();
        var stored = await session.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM im_survey_responses WHERE survey_id = @surveyId", new { surveyId });
        var marked = await session.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM im_survey_respondents WHERE survey_id = @surveyId", new { surveyId });
        var counted = await session.ExecuteScalarAsync<long>(
            "SELECT SUM(responses) FROM im_survey_counts WHERE survey_id = @surveyId AND question_key IN ('', 'q1') AND answer_value = ''",
            new { surveyId });
        var ok = statuses.Count(s => s == HttpStatusCode.NoContent) == Respondents && stored == Respondents && marked == Respondents
            && counted == 2 * Respondents && again.All(s => s == HttpStatusCode.Conflict);
        Console.WriteLine($"[{provider}] {Respondents} respondents within a minute from {Clients} clients: " +
            $"p50 {P(submit, 50):F1} ms, p95 {P(submit, 95):F1} ms " +
            $"(floor GET /health p95 {P(floor, 95):F1} ms; target < 100 ms); stored {stored}, marked {marked}, counted {counted / 2}, " +
            $"second round refused {again.Count(s => s == HttpStatusCode.Conflict)} — {(ok && P(submit, 95) < 100 ? "ok" : "FAILED")}");
        return ok && P(submit, 95) < 100;
    }

    private static async Task<bool> AggregateAsync(string provider)
    {
        Console.WriteLine($"[{provider}] {DateTime.UtcNow:HH:mm:ss} seeding {Responses:N0} responses");
        await using var app = await TestApp.StartAsync(provider);
        var sitis = await app.AsAsync("admin", async sp =>
            (await sp.GetRequiredService<Identity.IIdentityIntegrationService>().GetUnitsAsync()).Single(u => u.Code == "SITIS").Id);
        var survey = await app.AsAsync("aqd", async sp =>
        {
            var s = sp.GetRequiredService<ISurveyAppService>();
            var t = await s.CreateTemplateAsync(Template("bench"));
            t = await s.PublishTemplateAsync(t.Id, t.Version);
            var today = DateOnly.FromDateTime(app.Clock.UtcNow);
            return (await s.CreateAsync(new CreateSurveyInput
            {
                TemplateId = t.Id, UnitId = sitis, Target = SurveyTarget.Employers, OpensOn = today, ClosesOn = today, InvitationCount = 1,
            })).Survey;
        });
        var seed = Stopwatch.StartNew();
        await InsertResponsesAsync(app, survey.Id);
        var seeded = seed.Elapsed.TotalSeconds;
        Console.WriteLine($"[{provider}] {DateTime.UtcNow:HH:mm:ss} seeded in {seeded:F1} s");
        var floor = new List<double>();
        var times = new List<double>();
        for (var round = 0; round < 4; round++)
        {
            var sw = Stopwatch.StartNew();
            await app.AsAsync("aqd", sp => sp.GetRequiredService<IDbSession>().QueryAsync<string>(
                "SELECT answers FROM im_survey_responses WHERE survey_id = @id", new { id = survey.Id }));
            floor.Add(sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            var r = await app.AsAsync("aqd", sp => sp.GetRequiredService<ISurveyAppService>().GetResultsAsync(survey.Id, new ResultFilter()));
            times.Add(sw.Elapsed.TotalMilliseconds);
            if (r.Responses != Responses) throw new InvalidOperationException($"aggregated {r.Responses} responses");
        }
        var best = times.Skip(1).Min();
        Console.WriteLine($"[{provider}] results of {Responses:N0} responses × {Questions} questions: {best:F0} ms (median of runs 2–4 " +
            $"{times.Skip(1).Order().ElementAt(1):F0} ms; same run's floor reading the raw rows {floor.Skip(1).Min():F0} ms; " +
            $"target < 1,000 ms; rows and counts seeded in {seeded:F1} s) — " +
            $"{(best < 1000 ? "ok" : "FAILED")}");
        return best < 1000;
    }

    /// <summary>
    /// The responses written straight to the table in batches of 500, and their counts as submissions would have raised them
    /// (tallied here and written once at the end: a count per programme, question and value, as each sheet has one value).
    /// </summary>
    private static async Task InsertResponsesAsync(TestApp app, Guid surveyId)
    {
        var random = new Random(20);
        var tally = new Dictionary<(string Key, string Value, string Programme), int>();
        for (var batch = 0; batch < Responses / 500; batch++)
        {
            await app.AsAsync("admin", async sp =>
            {
                var db = sp.GetRequiredService<IDbSession>();
                var sql = new StringBuilder(
                    "INSERT INTO im_survey_responses (survey_id, id, programme, study_year, study_form, language, answers) VALUES ");
                var p = new Dapper.DynamicParameters();
                p.Add("s", surveyId.ToString());
                for (var i = 0; i < 500; i++)
                {
                    var values = Enumerable.Range(1, Questions).Select(_ => random.Next(1, 6)).ToArray();
                    var answers = string.Join(",", values.Select((v, q) => $"\"q{q + 1}\":[\"{v}\"]"));
                    var programme = "P" + random.Next(0, 8);
                    sql.Append(i == 0 ? "" : ",").Append($"(@s, @id{i}, @p{i}, '2', 'FullTime', 'kk', @a{i})");
                    p.Add("id" + i, Guid.NewGuid().ToString());
                    p.Add("p" + i, programme);
                    p.Add("a" + i, "{" + answers + "}");
                    Count("", "", programme);
                    for (var q = 0; q < Questions; q++)
                    {
                        Count($"q{q + 1}", "", programme);
                        Count($"q{q + 1}", $"{values[q]}", programme);
                    }
                }
                await db.ExecuteAsync(sql.ToString(), p);
            });
        }
        foreach (var chunk in tally.Chunk(500))
        {
            await app.AsAsync("admin", async sp =>
            {
                var db = sp.GetRequiredService<IDbSession>();
                var p = new Dapper.DynamicParameters();
                p.Add("s", surveyId.ToString());
                var rows = chunk.Select((c, i) =>
                {
                    p.Add("k" + i, c.Key.Key);
                    p.Add("v" + i, c.Key.Value);
                    p.Add("p" + i, c.Key.Programme);
                    p.Add("n" + i, c.Value);
                    return $"(@s, @k{i}, @v{i}, @p{i}, '2', 'FullTime', 'kk', @n{i})";
                }).ToList();
                await db.ExecuteAsync(db.Dialect.UpsertAdd("im_survey_counts",
                    "survey_id, question_key, answer_value, programme, study_year, study_form, language, responses", rows,
                    "survey_id, question_key, answer_value, programme, study_year, study_form, language", "responses"), p);
            });
        }

        void Count(string key, string value, string programme) =>
            tally[(key, value, programme)] = tally.GetValueOrDefault((key, value, programme)) + 1;
    }

    /// <summary>An employers' survey of the bench template with <see cref="Respondents"/> codes, written straight to the tables.</summary>
    private static async Task<(Guid Survey, string[] Codes)> SeedEmployerSurveyAsync(IServiceProvider services)
    {
        var codes = Enumerable.Range(0, Respondents).Select(i => $"BENCH{i:D5}").ToArray();
        var surveyId = Guid.NewGuid();
        var templateId = Guid.NewGuid();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
        await db.InUnitOfWorkAsync(async () =>
        {
            var unit = await db.ExecuteScalarAsync<string>("SELECT id FROM id_organization_units WHERE code = 'SITIS'");
            var questions = System.Text.Json.JsonSerializer.Serialize(Template("bench").Questions,
                new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)
                {
                    Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
                });
            var now = DateTime.UtcNow;
            await db.ExecuteAsync("""
                INSERT INTO im_survey_templates (id, code, number, title_kk, title_ru, title_en, questions, state, version, created_at, created_by,
                  updated_at, updated_by) VALUES (@templateId, 'bench', 1, 'b', 'b', 'b', @questions, 'Published', 1, @now, 'bench', @now, 'bench')
                """, new { templateId, questions, now });
            await db.ExecuteAsync("""
                INSERT INTO im_surveys (id, template_id, unit_id, target, programme, study_year, opens_on, closes_on, min_group_size, population,
                  version, created_at, created_by, updated_at, updated_by)
                VALUES (@surveyId, @templateId, @unit, 'Employers', NULL, NULL, @from, @to, 5, @n, 1, @now, 'bench', @now, 'bench')
                """, new { surveyId, templateId, unit, from = DateOnly.FromDateTime(now).AddDays(-1), to = DateOnly.FromDateTime(now).AddDays(1),
                n = Respondents, now });
            await db.ExecuteAsync("""
                INSERT INTO im_survey_population (survey_id, person_key, user_id, programme, study_year, study_form, language)
                VALUES (@surveyId, @key, NULL, '', '', '', '')
                """, codes.Select(c => new { surveyId, key = Key(c) }));
        });
        return (surveyId, codes);
    }

    private static SaveTemplateInput Template(string code) => new()
    {
        Code = code, Title = new("Бенчмарк", "Бенчмарк", "Benchmark"),
        Questions = Enumerable.Range(1, Questions).Select(q => new SurveyQuestion
        {
            Key = "q" + q, Kind = QuestionKind.Likert, Required = true, Text = new($"С{q}", $"В{q}", $"Q{q}"),
            Options = Enumerable.Range(1, 5).Select(v => new SurveyOption($"{v}", new($"{v}", $"{v}", $"{v}"))).ToList(),
        }).ToList(),
    };

    private static object Body(string code, int i) => new
    {
        invitationCode = code,
        answers = Enumerable.Range(1, Questions).ToDictionary(q => "q" + q, q => new[] { $"{1 + (i + q) % 5}" }),
    };

    private static string Key(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.ToUpperInvariant())));

    /// <summary>Runs <paramref name="n"/> requests spread over the clients, each client one request at a time; the latency of each.</summary>
    private static async Task<List<double>> RoundAsync(HttpClient[] clients, int n, Func<HttpClient, int, Task<HttpResponseMessage>> send)
    {
        var times = new ConcurrentBag<double>();
        await Task.WhenAll(clients.Select(async (c, k) =>
        {
            for (var i = k; i < n; i += clients.Length)
            {
                var sw = Stopwatch.StartNew();
                using var r = await send(c, i);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
        }));
        return [.. times];
    }

    /// <summary>
    /// The load the requirement names: <paramref name="n"/> requests spread evenly over <paramref name="span"/> from the
    /// clients, each client one request at a time, starting each on its schedule (or at once when the previous ran late).
    /// A closed loop with no pause would measure a queue of 50 back-to-back writers, not 1,000 respondents in a minute.
    /// </summary>
    private static async Task<List<double>> PacedRoundAsync(HttpClient[] clients, int n, TimeSpan span,
        Func<HttpClient, int, Task<HttpResponseMessage>> send)
    {
        var times = new ConcurrentBag<double>();
        var gap = span / n;
        var start = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async (c, k) =>
        {
            for (var i = k; i < n; i += clients.Length)
            {
                var due = gap * i - start.Elapsed;
                if (due > TimeSpan.Zero) await Task.Delay(due);
                var sw = Stopwatch.StartNew();
                using var r = await send(c, i);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
        }));
        return [.. times];
    }

    private static double P(List<double> ms, int p) => ms.Order().ElementAt(Math.Min(ms.Count - 1, (int)Math.Ceiling(ms.Count * p / 100.0) - 1));
}
