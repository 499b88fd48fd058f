namespace Ektu.Qa.ProgrammeMonitoring.Curriculum;

/// <summary>A course of the curriculum: code (unique in the programme), titles, ECTS credits and semester.</summary>
public sealed record Course(string Code, string TitleKk, string TitleRu, string TitleEn, int Credits, int Semester);
