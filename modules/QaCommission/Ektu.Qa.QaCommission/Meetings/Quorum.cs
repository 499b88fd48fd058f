namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>004 §7.3: decisions are taken when at least half of the commission's members are present.</summary>
internal static class Quorum
{
    /// <summary>10 members: 5 present is a quorum, 4 is not. An empty commission never has one.</summary>
    public static bool Has(int members, int present) => members > 0 && present * 2 >= members;
}
