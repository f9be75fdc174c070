// The completion scripts for bash and zsh. Both share the data functions and the scanner
// below (written in the syntax the two shells have in common); only the
// last step, handing the candidates to the shell, differs.
import { dataFunctions, posixSyntax, shell, type CompletionSpec } from './completion';

// Reads the words before the cursor: the command they name, how many arguments it has,
// --journal and --person (to read ids from the right plan), and an option still waiting
// for its value. Then prints what may come at the cursor: "files", or "list" followed by
// "value<TAB>description" lines.
const CANDIDATES = shell`
_grow_is_command() {
  local line
  while IFS= read -r line; do
    [ "\${line%%$'\t'*}" = "$2" ] && return 0
  done <<< "$(_grow_commands "$1")"
  return 1
}

# A value as typed ("Sam Lee", 'Sam Lee' or Sam\ Lee), as grow will get it.
_grow_unquote() {
  local text=\${1#[\"\']}
  text=\${text%[\"\']}
  printf '%s' "\${text//\\/}"
}

_grow_scan() {
  _grow_path='' _grow_count=0 _grow_journal='' _grow_person='' _grow_pending=''
  local word value
  while [ $# -gt 0 ]; do
    word=$1
    shift
    case $word in
      --*=*) value=\${word#*=} word=\${word%%=*} ;;
      -*)
        [ -z "$(_grow_value "$_grow_path|$word")" ] && continue
        if [ $# -eq 0 ]; then _grow_pending=$word; return; fi
        value=$1
        shift ;;
      *)
        if [ "$_grow_count" -eq 0 ] && _grow_is_command "$_grow_path" "$word"; then
          _grow_path=\${_grow_path:+$_grow_path }$word
        else
          _grow_count=$((_grow_count + 1))
        fi
        continue ;;
    esac
    case $word in
      --journal) _grow_journal=$(_grow_unquote "$value") ;;
      --person) _grow_person=$(_grow_unquote "$value") ;;
    esac
  done
}

_grow_ids() {
  local -a args
  [ -n "$_grow_journal" ] && args+=(--journal "$_grow_journal")
  [ -n "$_grow_person" ] && args+=(--person "$_grow_person")
  command grow __ids "$1" "\${args[@]}" 2>/dev/null
}

_grow_source() {
  local kind word
  {
    IFS= read -r kind
    case $kind in
      files) echo files ;;
      words) echo list; while IFS= read -r word; do printf '%s\t\n' "$word"; done ;;
      'ids '*) echo list; _grow_ids "\${kind#ids }" ;;
      *) echo list ;;
    esac
  } <<< "$1"
}

_grow_candidates() {
  local cur=$1
  shift
  _grow_scan "$@"
  case $cur in
    --*=*) _grow_source "$(_grow_value "$_grow_path|\${cur%%=*}")"; return ;;
  esac
  if [ -n "$_grow_pending" ]; then
    _grow_source "$(_grow_value "$_grow_path|$_grow_pending")"
  elif [ "\${cur#-}" != "$cur" ]; then
    echo list
    _grow_options "$_grow_path"
  else
    local source
    source=$(_grow_value "$_grow_path|#$_grow_count")
    if [ "$source" = files ]; then echo files; return; fi
    echo list
    [ "$_grow_count" -eq 0 ] && _grow_commands "$_grow_path"
    [ -n "$source" ] && _grow_source "$source" | tail -n +2
  fi
  return 0
}
`;

const BASH = shell`
_grow() {
  local cur i word line value
  local -a merged=() lines=()
  # bash splits --journal=x at the "=": join the pieces again.
  local joining=0
  for ((i = 1; i <= COMP_CWORD; i++)); do
    word=\${COMP_WORDS[i]}
    if [ "$word" = '=' ] && [ \${#merged[@]} -gt 0 ] && [[ \${merged[\${#merged[@]}-1]} == --* ]]; then
      merged[\${#merged[@]}-1]+='='
      joining=1
    elif [ $joining = 1 ]; then
      merged[\${#merged[@]}-1]+=$word
      joining=0
    else
      merged+=("$word")
    fi
  done
  cur=\${merged[\${#merged[@]}-1]}
  while IFS= read -r line; do lines+=("$line"); done < <(_grow_candidates "$cur" "\${merged[@]:0:\${#merged[@]}-1}")
  case $cur in --*=*) cur=\${cur#*=} ;; esac
  COMPREPLY=()
  if [ "\${lines[0]}" = files ]; then
    compopt -o filenames 2>/dev/null
    while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -f -- "$cur")
    return
  fi
  # What was typed is matched as grow will read it ("Sam O or Sam\ O); what goes in is quoted
  # for the shell (Sam\ O\'Neil).
  cur=$(_grow_unquote "$cur")
  for line in "\${lines[@]:1}"; do
    value=\${line%%$'\t'*}
    if [[ $value == "$cur"* ]]; then
      printf -v value '%q' "$value"
      COMPREPLY+=("$value")
    fi
  done
  return 0
}
complete -F _grow grow
`;

const ZSH = shell`
_grow() {
  local cur=\${words[CURRENT]} line
  local -a lines candidates
  lines=("\${(@f)$(_grow_candidates "$cur" "\${(@)words[2,CURRENT-1]}")}")
  [[ $cur == --*=* ]] && compset -P '*='
  if [[ $lines[1] == files ]]; then
    _files
    return
  fi
  for line in "\${(@)lines[2,-1]}"; do
    [[ -n $line ]] && candidates+=("\${\${line%%$'\t'*}//:/\\:}:\${line#*$'\t'}")
  done
  _describe -t grow grow candidates
}

if [ "$funcstack[1]" = _grow ]; then
  _grow "$@"
else
  compdef _grow grow
fi
`;

export function renderBashCompletion(spec: CompletionSpec): string {
  return `# grow completion for bash: commands, options, and the ids in your journal.\n# Install: grow completion bash > ~/.local/share/bash-completion/completions/grow\n# (or add  source <(grow completion bash)  to ~/.bashrc)\n${dataFunctions(spec, posixSyntax)}\n${CANDIDATES}${BASH}`;
}

export function renderZshCompletion(spec: CompletionSpec): string {
  return `#compdef grow\n# grow completion for zsh: commands, options, and the ids in your journal.\n# Install: grow completion zsh > "\${fpath[1]}/_grow"   (then start a new shell)\n# (or, after compinit in ~/.zshrc:  source <(grow completion zsh))\n${dataFunctions(spec, posixSyntax)}\n${CANDIDATES}${ZSH}`;
}
