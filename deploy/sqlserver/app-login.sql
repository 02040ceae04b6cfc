-- Run by the sqlserver-init service as sa, idempotently: the app's own login, with rights in its database
-- only (tables and their data: enough to migrate and run), never sysadmin and never `sa`.
IF DB_ID(N'AnalisaAI') IS NULL CREATE DATABASE AnalisaAI;
GO
IF SUSER_ID(N'analisaai') IS NULL CREATE LOGIN analisaai WITH PASSWORD = N'$(APP_DB_PASSWORD)', CHECK_POLICY = ON, DEFAULT_DATABASE = AnalisaAI;
GO
USE AnalisaAI;
IF USER_ID(N'analisaai') IS NULL CREATE USER analisaai FOR LOGIN analisaai;
ALTER ROLE db_ddladmin ADD MEMBER analisaai;
ALTER ROLE db_datareader ADD MEMBER analisaai;
ALTER ROLE db_datawriter ADD MEMBER analisaai;
GO
