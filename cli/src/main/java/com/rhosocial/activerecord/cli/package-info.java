/**
 * The {@code activerecord} command line: {@link com.rhosocial.activerecord.cli.ActiveRecordCli} is the entry point
 * of the runnable jar ({@code cli/target/activerecord.jar}) with the commands {@code demo}, {@code translate},
 * {@code check}, {@code ping}, {@code sync} and {@code verify}. Exit codes are listed in
 * {@link com.rhosocial.activerecord.cli.ExitCodes}; every command writes to the picocli writers of its
 * {@code CommandLine}, so tests run commands in-process and read what they printed.
 */
package com.rhosocial.activerecord.cli;
