using System.Diagnostics.CodeAnalysis;

namespace Madoguchi.Forms.Fields;

/// <summary>The registry of field types. Default holds the built-in ones; a city may add or replace types.</summary>
public sealed class FieldTypes
{
    public static readonly FieldTypes Default = new();

    private readonly Dictionary<string, FieldType> _types = new(StringComparer.Ordinal);

    public FieldTypes(params IEnumerable<FieldType> extra)
    {
        foreach (var type in BuiltIn())
        {
            _types[type.Name] = type;
        }
        foreach (var type in extra)
        {
            _types[type.Name] = type;
        }
    }

    public IEnumerable<string> Names => _types.Keys;

    public FieldType Get(string name) =>
        _types.TryGetValue(name, out var type) ? type : throw new KeyNotFoundException($"Unknown field type \"{name}\".");

    public bool TryGet(string name, [NotNullWhen(true)] out FieldType? type) => _types.TryGetValue(name, out type);

    private static FieldType[] BuiltIn() =>
    [
        new TextField(), new MultilineTextField(), new NumberField(), new EmailField(), new PhoneField(),
        new PostalCodeField(), new AddressField(), new PersonNameField(), new DateField(),
        new SingleChoiceField(), new MultipleChoiceField(), new YesNoField(), new ConsentField(),
        new FileField(), new IndividualNumberField(), new CorporateNumberField(), new BankAccountField(),
        new RepeatingGroupField(), new StaticTextField(), new ComputedField(),
    ];
}
