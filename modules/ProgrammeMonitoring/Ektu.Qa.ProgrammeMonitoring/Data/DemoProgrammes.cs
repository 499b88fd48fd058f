using Ektu.Qa.ProgrammeMonitoring.Curriculum;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Data;

/// <summary>The contents of the demo programmes (and of the tests' programmes, which start from them).</summary>
internal static class DemoProgrammes
{
    public static ProgrammeContent InformationTechnology(Guid school, Guid department) => new()
    {
        Classifier = new Classifier("6B06", "6B061", "B057"),
        TitleKk = "Ақпараттық технологиялар", TitleRu = "Информационные технологии", TitleEn = "Information Technology",
        Level = ProgrammeLevel.Bachelor,
        DegreeKk = "Ақпараттық-коммуникациялық технологиялар бакалавры", DegreeRu = "Бакалавр информационно-коммуникационных технологий",
        DegreeEn = "Bachelor of Information and Communication Technologies",
        SchoolId = school, DepartmentId = department,
        Languages = [InstructionLanguage.Kazakh, InstructionLanguage.Russian], StudyForms = [StudyForm.FullTime],
        DurationMonths = 48, Credits = 240,
        Outcomes =
        [
            new(1, "Бағдарламалық жасақтаманы жобалайды және әзірлейді", "Проектирует и разрабатывает программное обеспечение",
                "Designs and develops software"),
            new(2, "Деректер қорын басқарады", "Управляет базами данных", "Manages databases"),
            new(3, "Зияткерлік жүйелердің әдістерін қолданады", "Применяет методы интеллектуальных систем", "Applies methods of intelligent systems"),
            new(4, "Командада кәсіби этиканы сақтай отырып жұмыс істейді", "Работает в команде, соблюдая профессиональную этику",
                "Works in a team following professional ethics"),
        ],
        Courses =
        [
            new("PRG101", "Бағдарламалау негіздері", "Основы программирования", "Programming Fundamentals", 5, 1),
            new("DBS201", "Деректер қоры", "Базы данных", "Databases", 5, 3),
            new("SEN301", "Бағдарламалық инженерия", "Программная инженерия", "Software Engineering", 6, 5),
            new("ETH101", "Кәсіби этика", "Профессиональная этика", "Professional Ethics", 3, 2),
        ],
        Map =
        [
            new(1, "PRG101", CoverageLevel.Introduced), new(1, "SEN301", CoverageLevel.Mastered), new(2, "DBS201", CoverageLevel.Mastered),
            new(4, "SEN301", CoverageLevel.Reinforced),
        ],
    };

    public static ProgrammeContent InformationSystemsMaster(Guid school, Guid department) => new()
    {
        Classifier = new Classifier("7M06", "7M061", "M094"),
        TitleKk = "Ақпараттық жүйелер", TitleRu = "Информационные системы", TitleEn = "Information Systems",
        Level = ProgrammeLevel.Master,
        DegreeKk = "Техника ғылымдарының магистрі", DegreeRu = "Магистр технических наук", DegreeEn = "Master of Engineering Sciences",
        SchoolId = school, DepartmentId = department,
        Languages = [InstructionLanguage.Russian, InstructionLanguage.English], StudyForms = [StudyForm.FullTime, StudyForm.Distance],
        DurationMonths = 24, Credits = 120,
        Outcomes =
        [
            new(1, "Ақпараттық жүйелердің сәулетін жобалайды", "Проектирует архитектуру информационных систем",
                "Designs information system architectures"),
            new(2, "Ғылыми зерттеу жүргізеді", "Проводит научное исследование", "Conducts scientific research"),
        ],
        Courses = [new("ISA701", "Кәсіпорын сәулеті", "Архитектура предприятия", "Enterprise Architecture", 6, 1)],
        Map = [new(1, "ISA701", CoverageLevel.Mastered)],
    };

    public static ProgrammeContent MiningEngineering(Guid school, Guid department) => new()
    {
        Classifier = new Classifier("6B07", "6B072", "B071"),
        TitleKk = "Тау-кен ісі", TitleRu = "Горное дело", TitleEn = "Mining Engineering",
        Level = ProgrammeLevel.Bachelor,
        DegreeKk = "Техника және технологиялар бакалавры", DegreeRu = "Бакалавр техники и технологий",
        DegreeEn = "Bachelor of Engineering and Technology",
        SchoolId = school, DepartmentId = department,
        Languages = [InstructionLanguage.Kazakh, InstructionLanguage.Russian], StudyForms = [StudyForm.FullTime, StudyForm.PartTime],
        DurationMonths = 48, Credits = 240,
        Outcomes =
        [
            new(1, "Кен орындарын игеру технологияларын таңдайды", "Выбирает технологии разработки месторождений",
                "Selects deposit development technologies"),
            new(2, "Тау-кен жұмыстарының қауіпсіздігін қамтамасыз етеді", "Обеспечивает безопасность горных работ",
                "Ensures the safety of mining operations"),
        ],
        Courses =
        [
            new("MIN201", "Тау-кен ісіне кіріспе", "Введение в горное дело", "Introduction to Mining", 5, 1),
            new("SAF301", "Өнеркәсіптік қауіпсіздік", "Промышленная безопасность", "Industrial Safety", 5, 4),
        ],
        Map = [new(1, "MIN201", CoverageLevel.Introduced), new(2, "SAF301", CoverageLevel.Mastered)],
    };
}
