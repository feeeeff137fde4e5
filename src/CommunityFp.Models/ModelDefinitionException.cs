namespace CommunityFp.Models;

/// <summary>A model that cannot be built as written: the message names the model (and the file).</summary>
public sealed class ModelDefinitionException(string model, string message)
    : Exception($"model {model}: {message}")
{
    public string Model { get; } = model;
}
