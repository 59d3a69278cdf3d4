namespace Madoguchi.Japanese;

/// <summary>The outcome of checking one input: the stored form, or the message that says what is wrong.</summary>
public sealed class Validated<T>
{
    internal Validated(T? value, Message? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public Message? Error { get; }

    public bool IsValid => Error is null;
}

public static class Validated
{
    public static Validated<T> Ok<T>(T value) => new(value, null);

    public static Validated<T> Fail<T>(Message error) => new(default, error);
}
