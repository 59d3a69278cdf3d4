using System.Globalization;

using Microsoft.Extensions.Logging;

namespace Madoguchi.Web.Tests.Support;

/// <summary>
/// Appends every error the test apps log (with its exception) to the file named by
/// MADOGUCHI_TEST_SERVER_LOG, which test.sh sets per suite and prints when a test failed: a 500 seen
/// by a test then comes with the server's own account of it. Nothing is written when the variable is unset.
/// </summary>
public sealed class ServerErrorLog(string path) : ILoggerProvider
{
    public const string PathVariable = "MADOGUCHI_TEST_SERVER_LOG";

    private static readonly Lock Writing = new();

    public static void AddTo(ILoggingBuilder logging)
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path)
        {
            logging.AddProvider(new ServerErrorLog(path));
        }
    }

    public ILogger CreateLogger(string categoryName) => new Writer(path, categoryName);

    public void Dispose()
    {
    }

    private sealed class Writer(string path, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            var entry = string.Create(CultureInfo.InvariantCulture,
                $"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}\n{(exception is null ? "" : exception + "\n")}");
            lock (Writing)
            {
                File.AppendAllText(path, entry);
            }
        }
    }
}
