using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>
/// The internal audit report as a Word document in the reader's language: the audit (unit, period, criteria, auditors),
/// the checklist with answers and evidence, and the findings by class with the CAPA item raised from each nonconformity.
/// </summary>
internal sealed class AuditReportWriter(IStringLocalizer l)
{
    public void Write(AuditDetailsDto d, Stream output)
    {
        var a = d.Audit;
        string T(string key) => l["InformationManagement:Audits." + key].Value;
        using var doc = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, true);
        var main = doc.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);

        body.Append(WordText.Heading(T("Report.Title"), 1));
        body.Append(WordText.Centered(a.Title, bold: true));
        body.Append(WordText.Label(T("Kind"), l.Enum(a.Kind)));
        body.Append(WordText.Label(T("Unit"), a.UnitName));
        body.Append(WordText.Label(T("Period"), a.StartsOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " — "
            + a.EndsOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)));
        if (a.Criteria != null) body.Append(WordText.Label(T("Criteria"), a.Criteria));
        body.Append(WordText.Label(T("LeadAuditor"), a.LeadAuditorName));
        if (a.TeamNames.Count > 0) body.Append(WordText.Label(T("Team"), string.Join(", ", a.TeamNames)));
        body.Append(WordText.Label(T("State"), l.Enum(a.State)));

        body.Append(WordText.Heading(T("Checklist"), 3));
        var checklist = new List<string[]> { new[] { "№", T("Question"), T("Answer"), T("Evidence") } };
        checklist.AddRange(d.Checklist.Select(q =>
            new[] { q.Seq.ToString(CultureInfo.InvariantCulture), q.Question, q.Answer ?? "", q.Evidence ?? "" }));
        body.Append(d.Checklist.Count == 0
            ? WordText.Text(T("Report.NoQuestions"), italic: true) : WordTable.Build(checklist, landscape: false, size: 22));

        body.Append(WordText.Heading(T("Findings"), 3));
        foreach (var cls in Enum.GetValues<FindingClass>())
            body.Append(WordText.Label(l.Enum(cls), d.Findings.Count(f => f.Class == cls).ToString(CultureInfo.InvariantCulture)));
        var findings = new List<string[]> { new[] { "№", T("Class"), T("Finding"), T("Requirement"), T("Capa") } };
        findings.AddRange(d.Findings.Select(f => new[]
        {
            f.Seq.ToString(CultureInfo.InvariantCulture), l.Enum(f.Class), f.Text, f.Requirement ?? "",
            f.Class != FindingClass.Nonconformity ? "" : f.CapaItemId == null ? T("CapaNotRaised") : T("CapaRaised"),
        }));
        body.Append(d.Findings.Count == 0
            ? WordText.Text(T("Report.NoFindings"), italic: true) : WordTable.Build(findings, landscape: false, size: 22));

        body.Append(WordText.Text(""));
        body.Append(WordText.Text(T("LeadAuditor") + ": ____________ " + a.LeadAuditorName));
        body.Append(WordTable.Section(landscape: false));
        main.Document.Save();
    }
}
