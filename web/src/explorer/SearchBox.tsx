/**
 * The search box: suggestions as you type (labels of concepts, themes, instruments, regions,
 * organisations, regulations; titles of essays, the preface and projects), chosen with the arrow
 * keys and Enter or a click; Enter on free text runs a full-text search instead. An ARIA combobox,
 * usable without a mouse.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { ExplorerSuggestDocument, type NodeNameFragment } from '../__generated__/graphql.js';
import { execute } from './client.js';
import { words, type Lang } from './i18n.js';
import { typeName } from './names.js';

interface Suggestion {
  readonly id: string;
  readonly label: string;
  readonly type: NodeNameFragment['__typename'];
}

export interface SearchBoxProps {
  readonly lang: Lang;
  readonly label: string;
  readonly onChoose: (id: string) => void;
  /** Called with the text when Enter is pressed on no suggestion; absent: free text does nothing. */
  readonly onSearch?: (text: string) => void;
}

const TYPED_FOR = 150;

export function SearchBox({ lang, label, onChoose, onSearch }: SearchBoxProps) {
  const [text, setText] = useState('');
  const [suggestions, setSuggestions] = useState<readonly Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();

  useEffect(() => {
    const prefix = text.trim();
    if (prefix.length < 2) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      execute(ExplorerSuggestDocument, { prefix, lang }, controller.signal).then(
        (data) =>
          setSuggestions(
            (data.suggest ?? []).flatMap((item) =>
              'id' in item.node
                ? [{ id: item.node.id, label: item.label, type: item.node.__typename }]
                : [],
            ),
          ),
        () => setSuggestions([]),
      );
    }, TYPED_FOR);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, lang]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const choose = (suggestion: Suggestion) => {
    setText('');
    close();
    onChoose(suggestion.id);
  };
  const shown = open ? suggestions : [];

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && shown.length > 0) {
      event.preventDefault();
      setActive((index) => (index + 1) % shown.length);
    } else if (event.key === 'ArrowUp' && shown.length > 0) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? shown.length - 1 : index - 1));
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = shown[active];
      if (chosen !== undefined) choose(chosen);
      else if (onSearch !== undefined && text.trim() !== '') {
        close();
        onSearch(text.trim());
      }
    }
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={words('search', lang)}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {shown.length > 0 && (
        <ul id={listId} role="listbox" className="suggestions">
          {shown.map((suggestion, index) => (
            <li
              key={suggestion.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(suggestion);
              }}
            >
              {suggestion.label}{' '}
              <span className="type">{typeName({ __typename: suggestion.type }, lang)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
