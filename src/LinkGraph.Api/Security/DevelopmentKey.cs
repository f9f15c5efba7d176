using System.Security.Cryptography;

namespace LinkGraph.Api.Security;

/// <summary>
/// First run with no key configured: a random admin key kept in an owner-only file (mode 0600), reused on later
/// starts, so the service is never open and the operator can still get in. The key is never printed or logged,
/// only where it is.
/// </summary>
public static class DevelopmentKey
{
    public static string LoadOrCreate(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            var existing = File.ReadAllText(full).Trim();
            if (existing.Length >= 16)
            {
                return existing;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var key = "lgk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(full, options))
        {
            writer.WriteLine(key);
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode applies only when the file is created; tighten a file that already existed too.
            File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
