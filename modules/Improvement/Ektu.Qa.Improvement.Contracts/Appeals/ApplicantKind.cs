namespace Ektu.Qa.Improvement.Appeals;

/// <summary>Who appeals: a student or an employee.</summary>
public enum ApplicantKind
{
    Student,
    Staff,
}
