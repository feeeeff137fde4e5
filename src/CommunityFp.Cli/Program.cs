using CommunityFp.Cli;

// `cfp`: the command-line tool of CommunityFp.Analytics. See README "CLI reference".
return CfpApplication.Run(args, Console.Out, Console.Error);
