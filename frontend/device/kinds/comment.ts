import { CommentEndpoint } from 'Frontend/generated/endpoints.js';
import type AddFamilyCommentInput from 'Frontend/generated/org/hearth/comment/AddFamilyCommentInput.js';
import type { ChangeKind } from '../changes.js';

// Writing down what a family member says about their plan.

export const addFamilyComment: ChangeKind<AddFamilyCommentInput> = {
  send: (input) => CommentEndpoint.addFamilyComment(input),
  apply: (file, input) =>
    file.comments.some((comment) => comment.commentId === input.id)
      ? file
      : {
          ...file,
          comments: [
            ...file.comments,
            {
              commentId: input.id ?? '',
              authorId: input.personId ?? '',
              writtenAt: new Date().toISOString(),
              text: input.text ?? '',
              recordedOnBehalf: true,
              hiddenFromYoungPeople: input.hiddenFromYoungPeople ?? false,
            },
          ],
        },
};

