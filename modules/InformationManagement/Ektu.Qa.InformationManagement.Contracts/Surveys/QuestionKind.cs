namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>How a question is answered.</summary>
public enum QuestionKind
{
    SingleChoice,
    MultipleChoice,
    Likert,
    Matrix,
    Number,
    FreeText,
}
