namespace CommunityFp.Models;

/// <summary>A model whose SQL failed, or data tests that failed: the message names the model, the test and example rows.</summary>
public sealed class ModelBuildException(string model, string message, Exception? inner = null)
    : Exception($"model {model}: {message}", inner)
{
    public string Model { get; } = model;
}
