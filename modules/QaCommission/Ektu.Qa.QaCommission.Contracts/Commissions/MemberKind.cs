namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>Whom a member represents (004 §4).</summary>
public enum MemberKind
{
    DepartmentRepresentative,
    AcademicStaff,
    Student,
}
