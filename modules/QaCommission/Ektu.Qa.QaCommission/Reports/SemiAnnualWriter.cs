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

        body.Append(MinutesWriter.Para(T("Title"), bold: true, center: true, size: 28));
        body.Append(MinutesWriter.Para(T("Commission") + " — " + school, bold: true, center: true));
        body.Append(MinutesWriter.Para(F("PeriodLine", T("Kind." + d.Kind), YearText(d.AcademicYear), Day(d.From), Day(d.To)), center: true));
        body.Append(MinutesWriter.Para(F("AsOfLine", Day(d.AsOf)), italic: true, center: true));
        body.Append(MinutesWriter.Para(T("RecipientsLine"), italic: true));

        body.Append(MinutesWriter.Para("1. " + T("Section.Meetings"), bold: true));
        body.Append(MinutesWriter.Para(F("MeetingsLine", f.MeetingsHeld, f.MeetingsWithoutQuorum, f.MeetingGaps)));
        if (d.Meetings.Count > 0)
        {
            var rows = new List<string[]> { new[] { T("Col.Minutes"), T("Col.Date"), T("Col.Present"), T("Col.Quorum") } };
            rows.AddRange(d.Meetings.Select(m => new[] { m.MinutesNumber?.ToString(inv) ?? "", Day(m.MeetingDate),
                $"{m.PresentCount}/{m.MemberCount}", m.HasQuorum ? T("Yes") : T("No") }));
            body.Append(MinutesWriter.Table(rows));
        }

        body.Append(MinutesWriter.Para("2. " + T("Section.Decisions"), bold: true));
        body.Append(MinutesWriter.Para(F("DecisionsLine", f.DecisionsAdopted, f.DecisionsExecuted,
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

        body.Append(MinutesWriter.Para("3. " + T("Section.Monitoring"), bold: true));
        body.Append(MinutesWriter.Para(F("MonitoringLine", d.Events.Count, d.EventsDone)));

        body.Append(MinutesWriter.Para("4. " + T("Section.Capa"), bold: true));
        body.Append(MinutesWriter.Para(F("CapaLine", d.CapaOpened, f.CapaClosed, f.CapaReopened, f.CapaOverdue)));

        body.Append(MinutesWriter.Para("5. " + T("Section.Appeals"), bold: true));
        body.Append(MinutesWriter.Para(F("AppealsLine", f.AppealsReceived,
            d.Appeals.Count(a => a.ResolvedOn is { } r && r <= d.AsOf), f.AppealsOverdue)));
        if (d.Appeals.Count > 0)
        {
            var rows = new List<string[]> { new[] { T("Col.Kind"), T("Col.Level"), T("Col.State"), T("Col.Total") } };
            rows.AddRange(AppealGroups(d, lang).Select(g => new[] { g.Kind, g.Level, g.State, g.Count.ToString(inv) }));
            body.Append(MinutesWriter.Table(rows));
        }

        body.Append(MinutesWriter.Para("6. " + T("Section.PeerReview"), bold: true));
        body.Append(MinutesWriter.Para(F("PeerReviewLine", d.Observations.Count, d.Observations.Count(o => o.ScorePercent != null),
            f.PeerReviewPercent?.ToString(inv) ?? "—",
            d.Observations.Count(o => o.ScorePercent < f.PeerReviewLowThreshold))));

        body.Append(MinutesWriter.Para("7. " + T("Section.Readiness"), bold: true));
        body.Append(MinutesWriter.Para(F("ReadinessLine", d.Recommendations.Count,
            d.Recommendations.Count(r => r.Status == ExternalAccreditation.Readiness.RecommendationStatus.Executed), f.RecommendationsOverdue)));

        var strengths = d.Findings.Where(x => !x.IsRisk).ToList();
        var risks = d.Findings.Where(x => x.IsRisk).ToList();
        body.Append(MinutesWriter.Para("8. " + T("Section.Strengths"), bold: true));
        if (strengths.Count == 0) body.Append(MinutesWriter.Para(T("None"), italic: true));
        foreach (var s in strengths) body.Append(MinutesWriter.Para("• " + Finding(s.TextKey, s.Value, lang)));
        body.Append(MinutesWriter.Para("9. " + T("Section.Risks"), bold: true));
        if (risks.Count == 0) body.Append(MinutesWriter.Para(T("None"), italic: true));
        foreach (var r in risks) body.Append(MinutesWriter.Para("• " + Finding(r.TextKey, r.Value, lang)));
        body.Append(MinutesWriter.Para("10. " + T("Section.Proposals"), bold: true));
        if (risks.Count == 0) body.Append(MinutesWriter.Para(T("None"), italic: true));
        var n = 0;
        foreach (var r in risks) body.Append(MinutesWriter.Para($"{++n}. " + Finding(r.ProposalKey, r.Value, lang)));

        body.Append(MinutesWriter.Para(""));
        body.Append(MinutesWriter.Para(T("ChairSignature") + ": ____________"));
        body.Append(MinutesWriter.Para(T("SecretarySignature") + ": ____________"));
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
