using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.QaCommission.Meetings;

namespace Ektu.Qa.QaCommission.Reports;

/// <summary>
/// The analytical report as a Word document (the minutes' style: <see cref="MinutesWriter"/>'s paragraphs and tables) and
/// its Excel annex, both in Kazakh or Russian. The annex is one sheet with a Section column rather than one sheet per
/// table: the same rows are the tabular output of the Reporting definition (one sheet per report there), so the annex
/// downloaded here and the one a schedule delivers are the same file, and the Kernel's streaming writer is reused as is.
/// </summary>
internal sealed class SemiAnnualWriter(LocalizationStore texts)
{
    public static readonly string[] AnnexColumnKeys =
        ["QaCommission:Report.Col.Section", "QaCommission:Report.Col.Item", "QaCommission:Report.Col.Date", "QaCommission:Report.Col.Value",
            "QaCommission:Report.Col.Detail"];

    public static string Lang(MinutesLanguage language) => language == MinutesLanguage.Kk ? "kk" : "ru";

    public string Text(string key, string lang) => texts.Find(key, lang) ?? key;

    public void WriteDocx(SemiAnnualData d, MinutesLanguage language, Stream output)
    {
        var lang = Lang(language);
        string T(string key) => Text("QaCommission:Report." + key, lang);
        string F(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, T(key), args);
        var inv = CultureInfo.InvariantCulture;
        var school = lang == "kk" ? d.SchoolNameKk : d.SchoolNameRu;
        var f = d.Figures;

        using var doc = WordprocessingDocument.Create(output, DocumentFormat.OpenXml.WordprocessingDocumentType.Document, true);
        var main = doc.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);

        body.Append(WordText.Heading(T("Title"), 1));
        body.Append(WordText.Centered(T("Commission") + " — " + school, bold: true));
        body.Append(WordText.Centered(F("PeriodLine", T("Kind." + d.Kind), YearText(d.AcademicYear), Day(d.From), Day(d.To))));
        body.Append(WordText.Centered(F("AsOfLine", Day(d.AsOf)), italic: true));
        body.Append(WordText.Text(T("RecipientsLine"), italic: true));

        body.Append(WordText.Heading("1. " + T("Section.Meetings"), 3));
        body.Append(WordText.Text(F("MeetingsLine", f.MeetingsHeld, f.MeetingsWithoutQuorum, f.MeetingGaps)));
        if (d.Meetings.Count > 0)
        {
            var rows = new List<string[]> { new[] { T("Col.Minutes"), T("Col.Date"), T("Col.Present"), T("Col.Quorum") } };
            rows.AddRange(d.Meetings.Select(m => new[] { m.MinutesNumber?.ToString(inv) ?? "", Day(m.MeetingDate),
                $"{m.PresentCount}/{m.MemberCount}", m.HasQuorum ? T("Yes") : T("No") }));
            body.Append(MinutesWriter.Table(rows));
        }

        body.Append(WordText.Heading("2. " + T("Section.Decisions"), 3));
        body.Append(WordText.Text(F("DecisionsLine", f.DecisionsAdopted, f.DecisionsExecuted,
            d.Decisions.Count(x => x.Status == "InProgress"), f.DecisionsOverdue,
            f.ExecutionRate?.ToString(inv) ?? "—")));
        if (d.Decisions.Count > 0)
        {
            var rows = new List<string[]> { new[] { T("Col.Executor"), T("Col.Total"), T("Status.Executed"), T("Status.InProgress"),
                T("Status.Overdue"), T("Status.Open") } };
            rows.AddRange(ByExecutor(d, T).Select(e => new[] { e.Name, e.Total.ToString(inv), e.Executed.ToString(inv), e.InProgress.ToString(inv),
                e.Overdue.ToString(inv), e.Open.ToString(inv) }));
            body.Append(MinutesWriter.Table(rows));
        }

        body.Append(WordText.Heading("3. " + T("Section.Monitoring"), 3));
        body.Append(WordText.Text(F("MonitoringLine", d.Events.Count, d.EventsDone)));

        body.Append(WordText.Heading("4. " + T("Section.Capa"), 3));
        body.Append(WordText.Text(F("CapaLine", d.CapaOpened, f.CapaClosed, f.CapaReopened, f.CapaOverdue)));

        body.Append(WordText.Heading("5. " + T("Section.Appeals"), 3));
        body.Append(WordText.Text(F("AppealsLine", f.AppealsReceived,
            d.Appeals.Count(a => a.ResolvedOn is { } r && r <= d.AsOf), f.AppealsOverdue)));
        if (d.Appeals.Count > 0)
        {
            var rows = new List<string[]> { new[] { T("Col.Kind"), T("Col.Level"), T("Col.State"), T("Col.Total") } };
            rows.AddRange(AppealGroups(d, lang).Select(g => new[] { g.Kind, g.Level, g.State, g.Count.ToString(inv) }));
            body.Append(MinutesWriter.Table(rows));
        }

        body.Append(WordText.Heading("6. " + T("Section.PeerReview"), 3));
        body.Append(WordText.Text(F("PeerReviewLine", d.Observations.Count, d.Observations.Count(o => o.ScorePercent != null),
            f.PeerReviewPercent?.ToString(inv) ?? "—",
            d.Observations.Count(o => o.ScorePercent < f.PeerReviewLowThreshold))));

        body.Append(WordText.Heading("7. " + T("Section.Readiness"), 3));
        body.Append(WordText.Text(F("ReadinessLine", d.Recommendations.Count,
            d.Recommendations.Count(r => r.Status == ExternalAccreditation.Readiness.RecommendationStatus.Executed), f.RecommendationsOverdue)));

        var strengths = d.Findings.Where(x => !x.IsRisk).ToList();
        var risks = d.Findings.Where(x => x.IsRisk).ToList();
        body.Append(WordText.Heading("8. " + T("Section.Strengths"), 3));
        if (strengths.Count == 0) body.Append(WordText.Text(T("None"), italic: true));
        foreach (var s in strengths) body.Append(WordText.Bullet(Finding(s.TextKey, s.Value, lang)));
        body.Append(WordText.Heading("9. " + T("Section.Risks"), 3));
        if (risks.Count == 0) body.Append(WordText.Text(T("None"), italic: true));
        foreach (var r in risks) body.Append(WordText.Bullet(Finding(r.TextKey, r.Value, lang)));
        body.Append(WordText.Heading("10. " + T("Section.Proposals"), 3));
        if (risks.Count == 0) body.Append(WordText.Text(T("None"), italic: true));
        var n = 0;
        foreach (var r in risks) body.Append(WordText.Text($"{++n}. " + Finding(r.ProposalKey, r.Value, lang)));

        body.Append(WordText.Text(""));
        body.Append(WordText.Text(T("ChairSignature") + ": ____________"));
        body.Append(WordText.Text(T("SecretarySignature") + ": ____________"));
        body.Append(WordTable.Section(landscape: false));
        main.Document.Save();
    }

    public void WriteXlsx(SemiAnnualData d, MinutesLanguage language, Stream output)
    {
        var lang = Lang(language);
        var columns = AnnexColumnKeys.Select((k, i) => new ExcelColumn<object?[]>(Text(k, lang), r => r[i])).ToList();
        ExcelWriter.Write(output, Text("QaCommission:Report.AnnexSheet", lang), columns, AnnexRows(d, language));
    }

    /// <summary>Section, item, date, value, detail: summary figures, then every table of the report, then the findings.</summary>
    public IEnumerable<object?[]> AnnexRows(SemiAnnualData d, MinutesLanguage language)
    {
        var lang = Lang(language);
        string T(string key) => Text("QaCommission:Report." + key, lang);
        var f = d.Figures;
        var summary = T("Section.Summary");
        yield return [summary, T("Figure.Period"), d.From, null, T("Kind." + d.Kind) + " " + YearText(d.AcademicYear) + " — " + Day(d.To)];
        yield return [summary, T("Figure.MeetingsHeld"), null, f.MeetingsHeld, null];
        yield return [summary, T("Figure.MeetingsWithoutQuorum"), null, f.MeetingsWithoutQuorum, null];
        yield return [summary, T("Figure.MeetingGaps"), null, f.MeetingGaps, null];
        yield return [summary, T("Figure.DecisionsAdopted"), null, f.DecisionsAdopted, null];
        yield return [summary, T("Figure.DecisionsExecuted"), null, f.DecisionsExecuted, null];
        yield return [summary, T("Figure.DecisionsOverdue"), null, f.DecisionsOverdue, null];
        yield return [summary, T("Figure.ExecutionRate"), null, f.ExecutionRate, null];
        yield return [summary, T("Figure.EventsPlanned"), null, d.Events.Count, null];
        yield return [summary, T("Figure.EventsDone"), null, d.EventsDone, null];
        yield return [summary, T("Figure.CapaOpened"), null, d.CapaOpened, null];
        yield return [summary, T("Figure.CapaClosed"), null, f.CapaClosed, null];
        yield return [summary, T("Figure.CapaReopened"), null, f.CapaReopened, null];
        yield return [summary, T("Figure.CapaOverdue"), null, f.CapaOverdue, null];
        yield return [summary, T("Figure.AppealsReceived"), null, f.AppealsReceived, null];
        yield return [summary, T("Figure.AppealsOverdue"), null, f.AppealsOverdue, null];
        yield return [summary, T("Figure.PeerReviewPercent"), null, f.PeerReviewPercent, null];
        yield return [summary, T("Figure.RecommendationsOverdue"), null, f.RecommendationsOverdue, null];

        var meetings = T("Section.Meetings");
        foreach (var m in d.Meetings)
            yield return [meetings, "№ " + m.MinutesNumber?.ToString(CultureInfo.InvariantCulture), m.MeetingDate, m.PresentCount,
                $"{m.PresentCount}/{m.MemberCount} — " + (m.HasQuorum ? T("Yes") : T("No"))];
        var decisions = T("Section.Decisions");
        foreach (var x in d.Decisions)
            yield return [decisions, x.Entry.Decision.Text, x.Entry.Decision.Deadline, x.Evidence,
                T("Status." + x.Status) + (x.Entry.ExecutorName is { } e ? " — " + e : "")];
        var executors = T("Section.Executors");
        foreach (var e in ByExecutor(d, T))
            yield return [executors, e.Name, null, e.Total,
                $"{T("Status.Executed")}: {e.Executed}; {T("Status.InProgress")}: {e.InProgress}; {T("Status.Overdue")}: {e.Overdue}; " +
                $"{T("Status.Open")}: {e.Open}"];
        var monitoring = T("Section.Monitoring");
        foreach (var e in d.Events)
            yield return [monitoring, e.Title, e.StartsOn, null, e.Programme + " — " + (e.EndsOn <= d.AsOf ? T("EventDone") : T("EventPlanned"))];
        var capa = T("Section.Capa");
        foreach (var i in d.Capa)
            yield return [capa, i.Problem, i.Deadline, i.ReopenCount,
                Text("Enum:CapaState." + i.State, lang) + (i.IsOverdue ? " — " + T("Status.Overdue") : "") + " — " + i.UnitName];
        var appealSection = T("Section.Appeals");
        foreach (var g in AppealGroups(d, lang))
            yield return [appealSection, g.Kind + " / " + g.Level, null, g.Count, g.State];
        var peer = T("Section.PeerReview");
        foreach (var o in d.Observations)
            yield return [peer, o.TeacherName + " — " + o.Course, o.PlannedOn, o.ScorePercent, Text("Enum:ObservationState." + o.State, lang)];
        var readiness = T("Section.Readiness");
        foreach (var r in d.Recommendations)
            yield return [readiness, r.Text, r.Deadline, null,
                Text("Enum:RecommendationStatus." + r.Status, lang) + (r.IsOverdue ? " — " + T("Status.Overdue") : "")];
        foreach (var s in d.Findings.Where(x => !x.IsRisk))
            yield return [T("Section.Strengths"), Finding(s.TextKey, s.Value, lang), null, s.Value, null];
        foreach (var r in d.Findings.Where(x => x.IsRisk))
            yield return [T("Section.Risks"), Finding(r.TextKey, r.Value, lang), null, r.Value, Finding(r.ProposalKey, r.Value, lang)];
    }

    private string Finding(string key, int value, string lang) => string.Format(CultureInfo.InvariantCulture, Text(key, lang), value);

    private static string Day(DateOnly d) => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string YearText(int year) => $"{year}/{year + 1}";

    private static IEnumerable<(string Name, int Total, int Executed, int InProgress, int Overdue, int Open)> ByExecutor(SemiAnnualData d,
        Func<string, string> t) =>
        d.Decisions.GroupBy(x => x.Entry.ExecutorName ?? t("NoExecutor")).OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => (g.Key, g.Count(), g.Count(x => x.Status == "Executed"), g.Count(x => x.Status == "InProgress"),
                g.Count(x => x.Status == "Overdue"), g.Count(x => x.Status == "Open")));

    private IEnumerable<(string Kind, string Level, string State, int Count)> AppealGroups(SemiAnnualData d, string lang) =>
        d.Appeals.GroupBy(a => (a.Kind, a.Level, State: a.ResolvedOn is { } r && r <= d.AsOf ? Improvement.Appeals.AppealState.Resolved
            : a.State == Improvement.Appeals.AppealState.Resolved ? Improvement.Appeals.AppealState.InReview : a.State))
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Level).ThenBy(g => g.Key.State)
            .Select(g => (Text("Enum:AppealKind." + g.Key.Kind, lang), Text("Enum:AppealLevel." + g.Key.Level, lang),
                Text("Enum:AppealState." + g.Key.State, lang), g.Count()));
}
