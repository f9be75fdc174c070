// The completion script for fish: the same data and the same scan as completion-posix.ts,
// in fish's syntax. One function answers every Tab; fish filters what it prints.
import { dataFunctions, shell, type CompletionSpec, type ShellSyntax } from './completion';

const fishQuote = (text: string) => `'${text.replace(/[\\']/g, '\\$&')}'`;

const fishSyntax: ShellSyntax = {
  quote: fishQuote,
  // fish matches a quoted * in a case, and would take an unquoted one for file names.
  anythingThen: (literal) => fishQuote(`*${literal}`),
  thenAnything: (literal) => fishQuote(`${literal}*`),
  dispatch: (name, cases) =>
    [
      `function ${name}`,
      '    switch $argv[1]',
      ...cases.flatMap(([pattern, lines]) => [`        case ${pattern}`, `            printf '%s\\n' ${lines.map(fishQuote).join(' ')}`]),
      '    end',
      'end',
    ].join('\n'),
};

const SCRIPT = shell`
function __grow_is_command
    for line in (_grow_commands $argv[1])
        test (string split -f1 \t -- $line) = $argv[2]; and return 0
    end
    return 1
end

# The words before the cursor: the command they name, how many arguments it has, --journal
# and --person (to read ids from the right plan), and an option still waiting for its value.
function __grow_scan
    set -g __grow_path ''
    set -g __grow_count 0
    set -g __grow_journal ''
    set -g __grow_person ''
    set -g __grow_pending ''
    set -l words $argv
    while set -q words[1]
        set -l word $words[1]
        set -e words[1]
        set -l value
        if string match -q -- '--*=*' $word
            set value (string split -m1 = -- $word)[2]
            set word (string split -m1 = -- $word)[1]
        else if string match -q -- '-*' $word
            set -l source (_grow_value "$__grow_path|$word")
            test -z "$source"; and continue
            if not set -q words[1]
                set -g __grow_pending $word
                return
            end
            set value $words[1]
            set -e words[1]
        else
            if test $__grow_count -eq 0; and __grow_is_command "$__grow_path" $word
                set -g __grow_path (string trim -- "$__grow_path $word")
            else
                set -g __grow_count (math $__grow_count + 1)
            end
            continue
        end
        switch $word
            case --journal
                set -g __grow_journal $value
            case --person
                set -g __grow_person $value
        end
    end
end

function __grow_ids
    set -l args
    test -n "$__grow_journal"; and set -a args --journal $__grow_journal
    test -n "$__grow_person"; and set -a args --person $__grow_person
    command grow __ids $argv[1] $args 2>/dev/null
end

# Prints the values a source offers, each after prefix (an option typed as --flag=).
function __grow_values --argument-names prefix cur
    set -l source $argv[3..-1]
    switch "$source[1]"
        case files
            for path in (__fish_complete_path $cur)
                printf '%s%s\n' $prefix $path
            end
        case words
            for word in $source[2..-1]
                printf '%s%s\n' $prefix $word
            end
        case 'ids *'
            for line in (__grow_ids (string replace 'ids ' '' -- $source[1]))
                printf '%s%s\n' $prefix $line
            end
    end
end

function __grow_complete
    set -l before (commandline -opc)
    set -e before[1]
    set -l cur (commandline -ct)
    __grow_scan $before
    if string match -q -- '--*=*' $cur
        set -l parts (string split -m1 = -- $cur)
        __grow_values "$parts[1]=" "$parts[2]" (_grow_value "$__grow_path|$parts[1]")
    else if test -n "$__grow_pending"
        __grow_values '' "$cur" (_grow_value "$__grow_path|$__grow_pending")
    else if string match -q -- '-*' $cur
        _grow_options "$__grow_path"
    else
        test $__grow_count -eq 0; and _grow_commands "$__grow_path"
        __grow_values '' "$cur" (_grow_value "$__grow_path|#$__grow_count")
    end
end

complete -c grow -e
complete -c grow -f -a '(__grow_complete)'
`;

export function renderFishCompletion(spec: CompletionSpec): string {
  return `# grow completion for fish: commands, options, and the ids in your journal.\n# Install: grow completion fish > ~/.config/fish/completions/grow.fish\n${dataFunctions(spec, fishSyntax)}\n${SCRIPT}`;
}
