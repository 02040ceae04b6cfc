namespace AnalisaAI.Api.Infrastructure.Auth;

/// <summary>A message whose handler runs PBKDF2 (login, register, change-password): it waits for a slot of the instance's hashing cap.</summary>
public interface IHashesPassword;
