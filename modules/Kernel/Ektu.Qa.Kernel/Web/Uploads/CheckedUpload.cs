namespace Ektu.Qa.Kernel.Web.Uploads;

/// <summary>An upload that passed <see cref="UploadCheck"/>: its bytes, the kind its content proved and its bare file name.</summary>
public sealed record CheckedUpload(byte[] Content, string Kind, string FileName);
