namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>Role in the commission (004 §4): the chair is elected by the School Council, the deputy and secretary by the members.</summary>
public enum MemberRole
{
    Member,
    Chair,
    DeputyChair,
    Secretary,
}
