using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// The extension point for field types: how raw input (a string from an HTML form or typed JSON
/// from the API) becomes the stored value. A city adds its own by subclassing and passing it to
/// new FieldTypes(...).
/// </summary>
public abstract class FieldType
{
    public abstract string Name { get; }

    /// <summary>False for display-only types (staticText) and computed values: nothing to answer.</summary>
    public virtual bool HasValue => true;

    /// <summary>True when the definition must list choices.</summary>
    public virtual bool UsesChoices => false;

    /// <summary>Normalises one answer. Blank input gives FieldResult.Empty; the engine checks required.</summary>
    public abstract FieldResult Normalize(JsonNode? raw, FormComponent component, FieldContext context);

    /// <summary>Whether a normalised value counts as "not answered" for required.</summary>
    public virtual bool IsEmpty(JsonNode? value) => value is null;

    public virtual LocalizedText RequiredMessage(FormComponent component) => Messages.Required(component);

    /// <summary>Definition checks for this type's settings; path points at the component.</summary>
    public virtual void CheckDefinition(FormComponent component, string path, ICollection<DefinitionProblem> problems)
    {
    }
}
