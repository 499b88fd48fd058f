namespace Ektu.Qa.QaCommission.Appeals;

/// <summary>Who appeals: a student or an employee.</summary>
public enum ApplicantKind
{
    Student,
    Staff,
}
