namespace Ektu.Qa.Improvement;

/// <summary>Lengths shared by validation and the DDL.</summary>
public static class ImprovementConsts
{
    public const int LongTextMax = 4000;
    public const int ApplicantNameMax = 300;
    public const int SubjectMax = 500;
}
