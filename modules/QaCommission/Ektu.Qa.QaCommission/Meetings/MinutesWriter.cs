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

        body.Append(WordText.Centered(T("Commission") + " — " + schoolName, bold: true));
        body.Append(WordText.Heading(T("Title") + " № " + (m.MinutesNumber?.ToString(inv) ?? T("Draft")), 1));
        body.Append(WordText.Label(T("Date"), m.MeetingDate.ToString("dd.MM.yyyy", inv) + (m.StartTime == null ? "" : ", " + m.StartTime)));
        body.Append(WordText.Label(T("Format"), T("Format." + m.Format) + (m.Place == null ? "" : " — " + m.Place)));

        body.Append(WordText.Heading(T("Attendance"), 3));
        var att = new List<string[]> { new[] { "№", T("Member"), T("Role"), T("Status") } };
        var i = 0;
        foreach (var a in d.Attendance) att.Add([(++i).ToString(inv), a.FullName, T("Role." + a.Role), T("Status." + a.Status)]);
        body.Append(Table(att));
        if (d.Experts.Count > 0)
            body.Append(WordText.Label(T("Experts"),
                string.Join("; ", d.Experts.Select(e => e.Organisation == null ? e.FullName : e.FullName + " (" + e.Organisation + ")"))));
        body.Append(WordText.Heading(string.Format(inv, T("QuorumLine"), m.PresentCount, m.MemberCount) + " " +
            (m.HasQuorum ? T("QuorumYes") : T("QuorumNo")), 3));
        var presiding = d.Attendance.FirstOrDefault(a => a.MemberId == m.PresidingMemberId);
        if (presiding != null) body.Append(WordText.Label(T("Presiding"), presiding.FullName
            + (m.ActingChairMemberId == presiding.MemberId && m.ActingChairOrderNumber != null
                ? " (" + string.Format(inv, T("ActingByOrder"), m.ActingChairOrderNumber,
                    m.ActingChairOrderDate?.ToString("dd.MM.yyyy", inv)) + ")" : "")));

        body.Append(WordText.Heading(T("Agenda"), 3));
        foreach (var a in d.Agenda) body.Append(WordText.Text(a.Seq.ToString(inv) + ". " + a.Title + (a.Speaker == null ? "" : " — " + a.Speaker)));
        if (m.Discussion != null)
        {
            body.Append(WordText.Heading(T("Discussion"), 3));
            body.Append(WordText.Lines(m.Discussion));
        }

        body.Append(WordText.Heading(T("Decisions"), 3));
        foreach (var dec in d.Decisions)
        {
            body.Append(WordText.Text(dec.Seq.ToString(inv) + ". " + dec.Text));
            body.Append(WordText.Text(string.Format(inv, T("VoteLine"), dec.VotesFor, dec.VotesAgainst, dec.VotesAbstain) + " — " +
                T("Outcome." + dec.Outcome), italic: true));
        }

        var chair = presiding?.FullName ?? "";
        var secretary = d.Attendance.FirstOrDefault(a => a.Role == Commissions.MemberRole.Secretary)?.FullName ?? "";
        body.Append(WordText.Text(""));
        body.Append(WordText.Text(T("ChairSignature") + ": ____________ " + chair + Signed(m.ChairSignedAt, T("SignedAt"))));
        body.Append(WordText.Text(T("SecretarySignature") + ": ____________ " + secretary + Signed(m.SecretarySignedAt, T("SignedAt"))));
        body.Append(WordTable.Section(landscape: false));
        main.Document.Save();
    }

    private string Signed(DateTime? at, string label) =>
        at is { } t ? " (" + label + " " + calendar.ToLocal(t).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) + ")" : "";

    /// <summary>A portrait-page table in the minutes' font, its first row the bold header (<see cref="WordTable"/>).</summary>
    internal static Table Table(List<string[]> rows) => WordTable.Build(rows, landscape: false, size: 22);
}
