namespace Ektu.Qa.Kernel.Files;

/// <summary>
/// A module's part of the file store: <paramref name="Name"/> keys its rows in the database store and names its folder
/// under <c>Files:SharedPath</c>; without a shared path the disk store keeps the module's own folder setting
/// (<paramref name="PathSetting"/>, default <paramref name="DefaultPath"/> under the content root), where files stored
/// before the database store were written.
/// </summary>
public sealed record FileStoreArea(string Name, string PathSetting, string DefaultPath);
