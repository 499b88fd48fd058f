namespace Ektu.Qa.InformationManagement;

/// <summary>Lengths and limits shared by validation and the DDL of the <c>im_</c> tables.</summary>
public static class InformationManagementConsts
{
    public const int CodeMax = 50;
    public const int TitleMax = 300;
    public const int TextMax = 2000;
    public const int AnswerTextMax = 4000;
    public const int MaxQuestions = 200;
    public const int MaxOptions = 30;
    public const int StratumMax = 50;
}
