using System.Globalization;
using System.Security.Cryptography;
using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// Who a new survey asks, taken once when it is created: students from the survey frame (<c>im_student_profiles</c>) in
/// the unit and below, active users only; teaching staff as Identity's members of the unit who are not students;
/// employers and graduates as fresh invitation codes.
/// </summary>
internal sealed class SurveyPopulation(SurveyRepository surveys, IIdentityIntegrationService identity, IUnitDirectory units)
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<(IReadOnlyList<PopulationMember> Members, IReadOnlyList<string> Codes)> ResolveAsync(
        CreateSurveyInput input, CancellationToken ct)
    {
        switch (input.Target)
        {
            case SurveyTarget.Students:
            {
                var subtree = await units.SubtreeAsync(input.UnitId, ct);
                var programme = string.IsNullOrWhiteSpace(input.Programme) ? null : input.Programme.Trim();
                var students = (await surveys.GetStudentsAsync(subtree, ct))
                    .Where(s => (programme == null || s.Programme == programme) && (input.StudyYear == null || s.StudyYear == input.StudyYear))
                    .ToList();
                var active = (await identity.GetUsersAsync(students.Select(s => s.UserId).ToList(), ct)).Select(u => u.Id).ToHashSet();
                return (students.Where(s => active.Contains(s.UserId)).Select(s => new PopulationMember
                {
                    PersonKey = s.UserId.ToString(), UserId = s.UserId, Programme = s.Programme,
                    StudyYear = s.StudyYear.ToString(CultureInfo.InvariantCulture), StudyForm = s.StudyForm, Language = s.Language,
                }).ToList(), []);
            }
            case SurveyTarget.TeachingStaff:
            {
                var students = (await surveys.GetStudentIdsAsync(ct)).ToHashSet();
                var staff = (await identity.GetMembersAsync(input.UnitId, ct)).Where(u => !students.Contains(u.Id)).DistinctBy(u => u.Id);
                return (staff.Select(u => new PopulationMember { PersonKey = u.Id.ToString(), UserId = u.Id }).ToList(), []);
            }
            default:
            {
                var codes = Enumerable.Range(0, input.InvitationCount ?? 0).Select(_ => RandomNumberGenerator.GetString(CodeAlphabet, 10)).ToList();
                return (codes.Select(c => new PopulationMember { PersonKey = SurveyAppService.CodeKey(c) }).ToList(), codes);
            }
        }
    }
}
