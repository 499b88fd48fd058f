using Ektu.Qa.InformationManagement.Data;
using Ektu.Qa.InformationManagement.Surveys;
using Ektu.Qa.Kernel.Errors;

namespace Ektu.Qa.InformationManagement.Tests.Domain;

public sealed class QuestionnaireRulesTests
{
    private static readonly IReadOnlyList<SurveyQuestion> Questions = DemoSurveys.StudentSatisfaction().Questions;

    [Fact]
    public void Validate_Should_AcceptTheDemoQuestionnaire_When_EveryKindIsUsed() =>
        Should.NotThrow(() => QuestionnaireRules.Validate(DemoSurveys.StudentSatisfaction()));

    [Fact]
    public void Validate_Should_Refuse_When_AConditionPointsAtALaterQuestionOrATextIsMissing()
    {
        var input = DemoSurveys.StudentSatisfaction();
        var bad = input with
        {
            Questions = [Questions[4] with { ShowIfKey = "recommend" }, Questions[3] with { Text = new("Иә ме?", "", "Yes?") }],
        };

        var e = Should.Throw<ValidationException>(() => QuestionnaireRules.Validate(bad));

        e.Errors.Keys.ShouldContain("Questions[0].ShowIfKey");
        e.Errors.Keys.ShouldContain("Questions[1].Text.Ru");
    }

    [Fact]
    public void Clean_Should_KeepMatrixRowsAndMultipleChoices_When_ValuesAreOptions()
    {
        var kept = QuestionnaireRules.Clean(Questions, new Dictionary<string, string[]>
        {
            ["overall"] = ["5"], ["recommend"] = ["yes"], ["teaching.feedback"] = ["2"], ["resources"] = ["lms", "labs"], ["hours"] = ["12.5"],
        });

        kept.Keys.ShouldBe(["overall", "teaching.feedback", "resources", "recommend", "hours"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("overall", "6")]
    [InlineData("resources", "lms,lms")]
    [InlineData("hours", "81")]
    [InlineData("hours", "many")]
    public void Clean_Should_Refuse_When_AValueDoesNotFitTheQuestion(string key, string values)
    {
        var sheet = new Dictionary<string, string[]> { ["overall"] = ["3"], ["recommend"] = ["yes"], [key] = values.Split(',') };

        var e = Should.Throw<ValidationException>(() => QuestionnaireRules.Clean(Questions, sheet));

        e.Errors.Keys.ShouldBe(["Answers." + key]);
    }
}
