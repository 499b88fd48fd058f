
namespace Ektu.Qa.QaCommission.Register;

/// <summary>
/// 004 §7.5, per executor within a commission: the first violation brings a notice; from <c>repeatedAt</c> the dean is
/// informed; from <c>systematicAt</c> non-execution is systematic and the dean opens an official inquiry.
/// </summary>
internal static class Ladder
{
    public static LadderStep StepFor(int occurrence, int repeatedAt, int systematicAt) =>
        occurrence >= systematicAt ? LadderStep.OfficialInquiry : occurrence >= repeatedAt ? LadderStep.DeanInformed : LadderStep.Notice;
}
