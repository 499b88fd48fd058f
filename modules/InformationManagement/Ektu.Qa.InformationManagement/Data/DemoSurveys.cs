using Ektu.Qa.InformationManagement.Surveys;

namespace Ektu.Qa.InformationManagement.Data;

/// <summary>The demo questionnaire: students' satisfaction with their programme (every kind of question, a condition).</summary>
internal static class DemoSurveys
{
    private static readonly SurveyText Agreement = new("Келісу деңгейі", "Степень согласия", "Agreement");

    public static SaveTemplateInput StudentSatisfaction(string code = "student-satisfaction") => new()
    {
        Code = code,
        Title = new("Білім алушылардың білім беру бағдарламасына қанағаттануы", "Удовлетворённость обучающихся образовательной программой",
            "Students' satisfaction with the programme"),
        Questions =
        [
            new SurveyQuestion
            {
                Key = "overall", Kind = QuestionKind.Likert, Required = true, Section = Agreement,
                Text = new("Жалпы алғанда бағдарламаға қанағаттанамын", "В целом я удовлетворён(а) программой",
                    "Overall, I am satisfied with the programme"),
                Options = Scale(),
            },
            new SurveyQuestion
            {
                Key = "teaching", Kind = QuestionKind.Matrix, Section = Agreement,
                Text = new("Оқыту туралы", "О преподавании", "About the teaching"),
                Options = Scale(),
                Rows =
                [
                    new("clarity", new("Түсіндіру түсінікті", "Объяснения понятны", "Explanations are clear")),
                    new("feedback", new("Кері байланыс уақтылы беріледі", "Обратная связь даётся вовремя", "Feedback comes in time")),
                ],
            },
            new SurveyQuestion
            {
                Key = "resources", Kind = QuestionKind.MultipleChoice,
                Text = new("Қандай ресурстарды пайдаланасыз?", "Какими ресурсами вы пользуетесь?", "Which resources do you use?"),
                Options =
                [
                    new("library", new("Кітапхана", "Библиотека", "Library")),
                    new("lms", new("Оқыту платформасы", "Платформа обучения", "Learning platform")),
                    new("labs", new("Зертханалар", "Лаборатории", "Laboratories")),
                ],
            },
            new SurveyQuestion
            {
                Key = "recommend", Kind = QuestionKind.SingleChoice, Required = true,
                Text = new("Бағдарламаны басқаларға ұсынасыз ба?", "Порекомендуете ли вы программу другим?", "Would you recommend the programme?"),
                Options = [new("yes", new("Иә", "Да", "Yes")), new("no", new("Жоқ", "Нет", "No"))],
            },
            new SurveyQuestion
            {
                Key = "why-not", Kind = QuestionKind.FreeText, ShowIfKey = "recommend", ShowIfValue = "no",
                Text = new("Неге ұсынбайсыз?", "Почему не порекомендуете?", "Why not?"),
            },
            new SurveyQuestion
            {
                Key = "hours", Kind = QuestionKind.Number, Min = 0, Max = 80,
                Text = new("Аптасына өзіндік жұмысқа неше сағат жұмсайсыз?", "Сколько часов в неделю вы тратите на самостоятельную работу?",
                    "How many hours a week do you spend on independent study?"),
            },
        ],
    };

    private static List<SurveyOption> Scale() =>
    [
        new("1", new("Мүлдем келіспеймін", "Совершенно не согласен", "Strongly disagree")),
        new("2", new("Келіспеймін", "Не согласен", "Disagree")),
        new("3", new("Бейтарап", "Нейтрально", "Neutral")),
        new("4", new("Келісемін", "Согласен", "Agree")),
        new("5", new("Толық келісемін", "Полностью согласен", "Strongly agree")),
    ];
}
