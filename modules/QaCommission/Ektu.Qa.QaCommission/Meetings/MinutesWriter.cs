using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Input;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.QaCommission.Commissions;

namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>
/// The minutes (хаттама, 004 §7.3.3) as a Word document in Kazakh or Russian, whatever the reader's UI language:
/// number per commission and year, date, attendance, quorum, agenda, discussion, decisions with vote counts, signatures.
/// </summary>
internal sealed class MinutesWriter(LocalizationStore texts, IIdentityIntegrationService identity, QaCommissionCalendar calendar)
{
    public async Task WriteAsync(MeetingDetailsDto d, MinutesLanguage language, Stream output, CancellationToken ct)
    {
        var lang = language == MinutesLanguage.Kk ? "kk" : "ru";
        string T(string key) => texts.Find("QaCommission:Minutes." + key, lang) ?? key;
        var school = (await identity.GetUnitsAsync(ct)).FirstOrDefault(u => u.Id == d.Commission.SchoolUnitId);
        var schoolName = school == null ? "" : lang == "kk" ? school.NameKk : school.NameRu;
        var m = d.Meeting;
        var inv = CultureInfo.InvariantCulture;

        using var doc = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, true);
        var main = doc.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);

        body.Append(Para(T("Commission") + " — " + schoolName, bold: true, center: true));
        body.Append(Para(T("Title") + " № " + (m.MinutesNumber?.ToString(inv) ?? T("Draft")), bold: true, center: true, size: 28));
        body.Append(Para(T("Date") + ": " + m.MeetingDate.ToString("dd.MM.yyyy", inv) + (m.StartTime == null ? "" : ", " + m.StartTime)));
        body.Append(Para(T("Format") + ": " + T("Format." + m.Format) + (m.Place == null ? "" : " — " + m.Place)));

        body.Append(Para(T("Attendance"), bold: true));
        var att = new List<string[]> { new[] { "№", T("Member"), T("Role"), T("Status") } };
        var i = 0;
        foreach (var a in d.Attendance) att.Add([(++i).ToString(inv), a.FullName, T("Role." + a.Role), T("Status." + a.Status)]);
        body.Append(Table(att));
        if (d.Experts.Count > 0)
            body.Append(Para(T("Experts") + ": " +
                string.Join("; ", d.Experts.Select(e => e.Organisation == null ? e.FullName : e.FullName + " (" + e.Organisation + ")"))));
        body.Append(Para(string.Format(inv, T("QuorumLine"), m.PresentCount, m.MemberCount) + " " +
            (m.HasQuorum ? T("QuorumYes") : T("QuorumNo")), bold: true));
        var presiding = d.Attendance.FirstOrDefault(a => a.MemberId == m.PresidingMemberId);
        if (presiding != null) body.Append(Para(T("Presiding") + ": " + presiding.FullName
            + (m.ActingChairMemberId == presiding.MemberId && m.ActingChairOrderNumber != null
                ? " (" + string.Format(inv, T("ActingByOrder"), m.ActingChairOrderNumber,
                    m.ActingChairOrderDate?.ToString("dd.MM.yyyy", inv)) + ")" : "")));

        body.Append(Para(T("Agenda"), bold: true));
        foreach (var a in d.Agenda) body.Append(Para(a.Seq.ToString(inv) + ". " + a.Title + (a.Speaker == null ? "" : " — " + a.Speaker)));
        if (m.Discussion != null)
        {
            body.Append(Para(T("Discussion"), bold: true));
            foreach (var line in m.Discussion.Split('\n')) body.Append(Para(line.TrimEnd('\r')));
        }

        body.Append(Para(T("Decisions"), bold: true));
        foreach (var dec in d.Decisions)
        {
            body.Append(Para(dec.Seq.ToString(inv) + ". " + dec.Text));
            body.Append(Para(string.Format(inv, T("VoteLine"), dec.VotesFor, dec.VotesAgainst, dec.VotesAbstain) + " — " +
                T("Outcome." + dec.Outcome), italic: true));
        }

        var chair = presiding?.FullName ?? "";
        var secretary = d.Attendance.FirstOrDefault(a => a.Role == Commissions.MemberRole.Secretary)?.FullName ?? "";
        body.Append(Para(""));
        body.Append(Para(T("ChairSignature") + ": ____________ " + chair + Signed(m.ChairSignedAt, T("SignedAt"))));
        body.Append(Para(T("SecretarySignature") + ": ____________ " + secretary + Signed(m.SecretarySignedAt, T("SignedAt"))));
        body.Append(WordTable.Section(landscape: false));
        main.Document.Save();
    }

    private string Signed(DateTime? at, string label) =>
        at is { } t ? " (" + label + " " + calendar.ToLocal(t).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) + ")" : "";

    internal static Paragraph Para(string text, bool bold = false, bool italic = false, bool center = false, int size = 24)
    {
        var p = WordTable.Line(text, bold, size, italic);
        if (center) p.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        return p;
    }

    /// <summary>A portrait-page table in the minutes' font, its first row the bold header (<see cref="WordTable"/>).</summary>
    internal static Table Table(List<string[]> rows) => WordTable.Build(rows, landscape: false, size: 22);
}
