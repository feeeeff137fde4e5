namespace CommunityFp.Etl.Staging;

/// <summary>The batch version being loaded and its neighbours in the scope's version order.</summary>
internal sealed record BatchContext(string Scope, DateOnly AsOf, long VersionOrd, long? PredecessorOrd, long? SuccessorOrd);
